// @ts-check
/**
 * Draws an Open Graph card: satori (layout → SVG) and resvg (SVG → PNG). Plain JavaScript on purpose:
 * `render.ts` runs it in worker threads by file path (outside Vite's bundle), so cards are drawn on
 * the other core while the main thread renders HTML pages. The fonts are passed in, never fetched.
 */
import { parentPort } from 'node:worker_threads';

const ACCENT = '#8a1a1a';
const WIDTH = 1200;
const HEIGHT = 630;

/** @param {string} type @param {Record<string, unknown>} style @param {unknown} [children] */
const el = (type, style, children) => ({ type, props: { style, children } });

/** The card's layout as satori's element tree. @param {import('./card.ts').OgCard} card */
export function cardTree(card) {
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
  return el('div', { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', background: '#fff', fontFamily: 'Noto Sans', color: '#1b1b1b' }, [
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

/**
 * PNG bytes of a card.
 * @param {import('./card.ts').OgCard} card
 * @param {{ regular: Uint8Array; bold: Uint8Array }} fonts
 */
export async function drawCard(card, fonts) {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(/** @type {never} */ (cardTree(card)), {
    width: WIDTH,
    height: HEIGHT,
    fonts: [
      { name: 'Noto Sans', data: /** @type {Buffer} */ (fonts.regular), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: /** @type {Buffer} */ (fonts.bold), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}

// As a worker: { id, card, fonts } in, { id, png } or { id, error } out.
if (parentPort) {
  const port = parentPort;
  port.on('message', async (/** @type {{ id: number; card: import('./card.ts').OgCard; fonts: { regular: Uint8Array; bold: Uint8Array } }} */ { id, card, fonts }) => {
    try {
      const png = await drawCard(card, fonts);
      port.postMessage({ id, png }, [png.buffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
}
