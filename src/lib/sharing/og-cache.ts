/**
 * Renders an Open Graph card to a 1200×630 PNG with satori (layout → SVG) and resvg (SVG → PNG),
 * using the fonts shipped in src/assets/fonts (no download). Results are cached in `.cache/og/`
 * by content key, so a warm build renders only changed cards. Drawing a card costs ~0.1 s of CPU (resvg
 * ~60 %, satori ~20 %, PNG encoding ~20 %), more than building a page: pages share a card where its content
 * would be the same (notes and components use their area's card), so a cold build draws few of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OG_HEIGHT, OG_WIDTH } from './og-paths.ts';
import { ogCacheKey, type OgCard } from './og-card.ts';
import { cacheDir, writeCacheFile } from '../build-cache.ts';
import { ACCENT, PAPER, token } from '../design-tokens.ts';

const INK = token('ink');

const FONT_DIR = path.resolve('src/assets/fonts');
// Same root as the other build caches (`PZI_CACHE_DIR`, default `.cache`), so `npm run bench` measures a
// truly cold build and CI restores one folder.
const CACHE_DIR = path.resolve(cacheDir(), 'og');

let fonts: { regular: Buffer; bold: Buffer; hash: string } | undefined;
function loadFonts() {
  if (!fonts) {
    const regular = readFileSync(path.join(FONT_DIR, 'noto-sans-latin-400-normal.woff'));
    const bold = readFileSync(path.join(FONT_DIR, 'noto-sans-latin-700-normal.woff'));
    fonts = { regular, bold, hash: createHash('sha256').update(regular).update(bold).digest('hex') };
  }
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });


function tree(card: OgCard): Node {
  const stat = card.stat
    ? el('div', { display: 'flex', flexDirection: 'column', marginTop: 24 }, [
        el('div', { display: 'flex', alignItems: 'baseline', gap: 20 }, [
          el('div', { fontSize: 72, fontWeight: 700, color: ACCENT }, card.stat.value),
          el('div', { fontSize: 28, color: '#333', maxWidth: 800 }, card.stat.label),
        ]),
        ...(card.stat.percent !== undefined
          ? [el('div', { display: 'flex', width: 900, height: 22, background: '#eee4e4', borderRadius: 11, marginTop: 12 }, [
              el('div', { width: Math.round((900 * card.stat.percent) / 100), height: 22, background: ACCENT, borderRadius: 11 }),
            ])]
          : []),
      ])
    : null;
  return el('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: PAPER, fontFamily: 'Noto Sans', color: INK }, [
    el('div', { height: 24, background: ACCENT, display: 'flex' }),
    el('div', { flex: 1, display: 'flex', flexDirection: 'column', padding: '48px 64px 0' }, [
      el('div', { display: 'flex', fontSize: 30, color: ACCENT, fontWeight: 700 }, (card.sample ? 'CONTOH DATA · ' : '') + card.kicker),
      el('div', { display: 'flex', fontSize: card.title.length > 70 ? 48 : 60, fontWeight: 700, lineHeight: 1.15, marginTop: 16 }, card.title),
      ...card.lines.map((line) => el('div', { display: 'flex', fontSize: 28, color: '#4d4d4d', marginTop: 14 }, line)),
      ...(stat ? [stat] : []),
    ]),
    el('div', { display: 'flex', padding: '20px 64px', fontSize: 26, background: '#f5f3f0', borderTop: '2px solid #c9c4bd' }, card.footer),
  ]);
}

/** PNG bytes of a card, from the cache when the key matches. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const { regular, bold, hash } = loadFonts();
  const key = ogCacheKey(card, hash, [ACCENT, PAPER, INK]);
  const cached = path.join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(tree(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [
      { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
    ],
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
  writeCacheFile(cached, png);
  return png;
}
