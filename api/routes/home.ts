import { Hono } from 'hono'
import { html } from 'hono/html'
import type { Db } from '../../db/client'
import { listPublished } from '../services/published'

/**
 * The start page: what is published, with links to each version, its blank form and the API.
 * Interpolations in `html` are escaped: bundle names are user text.
 */
export const homeRoutes = (db: Db) =>
  new Hono().get('/', async (c) => {
    const bundles = await listPublished(db)
    return c.html(html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一张表 · 一件事一次办</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
h1{font-size:1.6rem}li{margin:.8rem 0;padding:.8rem 1rem;border:1px solid #e5e5e5;border-radius:8px;list-style:none}
.meta{color:#666;font-size:.9rem}a{color:#1677ff;margin-right:1rem}ul{padding:0}
</style></head><body>
<h1>一张表 · 一件事一次办</h1>
<p class="meta">已发布 ${bundles.length} 个一件事。申请人网页端与管理端随后续版本提供；现在可通过 <a href="/api/docs">API 文档</a> 使用全部功能。</p>
<ul>${bundles.map(
      (b) => html`<li><strong>${b.name}</strong>
<div class="meta">${b.stage} · 牵头部门：${b.leadDepartment} · 涉及部门：${b.departments.join('、')} · 第 ${b.version} 版 · ${b.items.length} 个事项</div>
<a href="/api/published/${b.slug}/${b.version}">表单与指南（JSON）</a><a href="/api/published/${b.slug}/${b.version}/pdf">空白表（PDF）</a></li>`,
    )}</ul>
</body></html>`)
  })
