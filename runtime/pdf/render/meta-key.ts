export const META_KEY = 'YzbForm'
