// `npm run smoke [-- --dist <folder>]`: the short check a content-only change gets in CI before it is
// published (code changes run the whole suite): the build is complete, its record names exactly the
// content of this checkout, and every link of the home page leads to a file of the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { BUILD_RECORD_PATH, buildRecord, type BuildRecord } from '../src/lib/publish/build-record.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;
const problems: string[] = [];
for (const file of ['index.html', '404.html', '.htaccess', BUILD_RECORD_PATH, 'pagefind/pagefind.js', 'sitemap-index.xml']) {
  if (!existsSync(join(dist, file))) problems.push(`${dist}/${file} tidak ada`);
}
if (existsSync(join(dist, BUILD_RECORD_PATH))) {
  const published = JSON.parse(readFileSync(join(dist, BUILD_RECORD_PATH), 'utf8')) as BuildRecord;
  let expected: BuildRecord | undefined;
  try {
    expected = buildRecord(contentRoot(), dist);
  } catch (error) {
    problems.push(`${BUILD_RECORD_PATH}: isi folder ${contentRoot()} tidak cocok dengan build (${(error as Error).message})`);
  }
  if (expected && published.isi !== expected.isi) problems.push(`${BUILD_RECORD_PATH}: versi ${published.isi.slice(0, 12)} bukan isi folder ${contentRoot()} sekarang (${expected.isi.slice(0, 12)})`);
}
if (existsSync(join(dist, 'index.html'))) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const base = /<link rel="icon"[^>]*href="([^"]*?)favicon\.svg"/.exec(html)?.[1] ?? '/';
  for (const [, href] of html.matchAll(/href="([^"#?]+)"/g)) {
    if (!href!.startsWith(base) || href!.startsWith('//')) continue;
    const path = href!.slice(base.length);
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    if (!existsSync(join(dist, decodeURIComponent(file)))) problems.push(`index.html menautkan ${href}, yang tidak ada di ${dist}`);
  }
}
if (problems.length) {
  console.error(`Uji asap gagal:\n- ${problems.join('\n- ')}`);
  process.exitCode = 1;
} else console.log(`Uji asap lolos: ${dist} lengkap dan dibangun dari isi sekarang.`);
