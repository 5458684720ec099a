import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  blockingStylesheets,
  fontUrls,
  formatTable,
  gzipSize,
  imageProblems,
  isChartPage,
  isSearchLoader,
  moduleImports,
  pageScripts,
  pageType,
} from '../support/perf/page-weight.ts';
import { gzipSync } from 'node:zlib';

describe('gzipSize', () => {
  it('counts the bytes of a gzip stream that inflates back to the input', () => {
    const text = 'Zona Integritas '.repeat(500);
    const size = gzipSize(text);
    expect(size).toBeLessThan(text.length / 10);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(size).toBe(gzipSync(text, { level: 9 }).byteLength);
  });

  it('grows with content that does not compress', () => {
    const random = Uint8Array.from({ length: 4000 }, (_, index) => (index * 2654435761) >>> 24);
    expect(gzipSize(random)).toBeGreaterThan(gzipSize(new Uint8Array(4000)));
  });
});

describe('blockingStylesheets', () => {
  it('lists screen stylesheets and leaves out print-only ones and other links', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href=/b.css media=print><link rel="icon" href="/f.svg"><link href="/c.css" rel="preload stylesheet">';
    expect(blockingStylesheets(html)).toEqual(['/_astro/a.css', '/c.css']);
  });
});

describe('pageScripts and isSearchLoader', () => {
  it('finds external and inline code but not JSON-LD', () => {
    const html = '<script type="module" src="/_astro/x.js"></script><script>alert(1)</script><script type="application/ld+json">{}</script>';
    expect(pageScripts(html)).toEqual([
      { tag: '<script type="module" src="/_astro/x.js">', src: '/_astro/x.js' },
      { tag: '<script>', inline: 'alert(1)' },
    ]);
  });

  it('recognises the search loader by its marker or file name only', () => {
    expect(isSearchLoader({ tag: '<script data-pzi-search src="/_astro/a.js">', src: '/_astro/a.js' })).toBe(true);
    expect(isSearchLoader({ tag: '', src: '/_astro/SiteHeader.astro_astro_type_script_index_0_lang.Bx1.js' })).toBe(true);
    expect(isSearchLoader({ tag: '', src: '/_astro/search-element.abc.js' })).toBe(true);
    expect(isSearchLoader({ tag: '', src: '/_astro/SurveyChart.astro_astro_type_script_index_0_lang.Bx1.js' })).toBe(false);
    expect(isSearchLoader({ tag: '<script>', inline: 'track()' })).toBe(false);
  });
});

describe('moduleImports', () => {
  it('follows static and dynamic relative imports', () => {
    const js = 'import{a as b}from"./chunk.js";const c=()=>import("./draw-chart.B1.js");import "/_astro/x.js";import x from "node:fs"';
    expect(moduleImports(js)).toEqual(['./chunk.js', './draw-chart.B1.js', '/_astro/x.js']);
  });
});

describe('imageProblems', () => {
  it('accepts a lazy astro:assets image with its size', () => {
    expect(imageProblems('<img src="/_astro/foto.Ab1.webp" width="800" height="600" loading="lazy" alt="">')).toEqual([]);
  });

  it('accepts an eager image only when marked for the first screen', () => {
    expect(imageProblems('<img src="/_astro/a.webp" width="1" height="1" fetchpriority="high" alt="">')).toEqual([]);
    expect(imageProblems('<img src="/_astro/a.webp" width="1" height="1" alt="">')).toEqual(['/_astro/a.webp: tanpa loading="lazy"']);
  });

  it('rejects images outside astro:assets, under the base, and without a size', () => {
    expect(imageProblems('<img src="/foto.jpg" loading="lazy" alt="">', '/')).toEqual(['/foto.jpg: bukan dari astro:assets (/_astro/)', '/foto.jpg: tanpa width/height']);
    expect(imageProblems('<img src="/_astro/a.webp" width="1" height="1" loading="lazy">', '/zi/')).toHaveLength(1);
  });
});

describe('fontUrls', () => {
  it('finds font files named in CSS', () => {
    expect(fontUrls("@font-face{src:url('/_astro/inter.subset.woff2') format('woff2')} a{background:url(x.png)}")).toEqual(['/_astro/inter.subset.woff2']);
    expect(fontUrls('body{font-family:system-ui}')).toEqual([]);
  });
});

describe('isChartPage', () => {
  it('is true only for pages with a pzi-chart element', () => {
    expect(isChartPage('<pzi-chart data-chart="{}"></pzi-chart>')).toBe(true);
    expect(isChartPage('<p>pzi-chart</p>')).toBe(false);
  });
});

describe('pageType', () => {
  it('classifies built pages by their path', () => {
    expect(pageType('index.html')).toBe('beranda');
    expect(pageType('2022/v/3/index.html')).toBe('komponen');
    expect(pageType('2022/v/index.html')).toBe('area');
    expect(pageType('kemajuan/rapat/index.html')).toBe('catatan');
    expect(pageType('kemajuan/2/index.html')).toBe('daftar catatan');
    expect(pageType('2022/linimasa/05/index.html')).toBe('linimasa bulan');
    expect(pageType('survei/skm-1/index.html')).toBe('survei');
  });
});

describe('formatTable', () => {
  it('aligns text left and numbers right under a Markdown rule', () => {
    const table = formatTable(['jenis', 'byte'], [['catatan', 4295], ['komponen', 12]]).split('\n');
    expect(table).toEqual(['| jenis    |  byte |', '| -------- | ----: |', '| catatan  | 4,295 |', '| komponen |    12 |']);
  });
});
