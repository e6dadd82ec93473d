/**
 * 电子证照 types the e-license library holds: a material of one of these types is 免提交 (the
 * counter fetches it). A deployment lists what its own library holds.
 */
export const eLicenseLibrary: string[] = [
  '营业执照',
  '居民身份证',
  '不动产权证书',
  '建设用地规划许可证',
  '建设工程规划许可证',
  '建筑工程施工许可证',
  '企业投资项目备案证明',
  '建设项目用地预审与选址意见书',
]
