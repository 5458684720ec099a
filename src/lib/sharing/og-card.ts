/**
 * Data of an Open Graph preview card (what the image shows) and its cache key. Pure: builders take
 * plain values so tests need no build; `render.ts` turns a card into a PNG.
 */
import { createHash } from 'node:crypto';

/** Bump when the card's look changes: every cached image is then rendered again. */
export const OG_TEMPLATE_VERSION = '1';

export interface OgCard {
  /** Small line above the title: kind of page ("Komponen II.1 · 2022"). */
  kicker: string;
  title: string;
  /** Up to two short lines under the title. */
  lines: string[];
  /** A big figure (progress, IKM), with its label. */
  stat?: { value: string; label: string; /** 0–100, draws a bar. */ percent?: number };
  /** Bottom line: the site and unit. */
  footer: string;
  /** Demo builds: the card says CONTOH DATA. */
  sample: boolean;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Normalises a card (length limits), so the key and the picture use the same data. */
export function ogCard(card: OgCard): OgCard {
  return {
    ...card,
    kicker: clip(card.kicker, 80),
    title: clip(card.title, 120),
    lines: card.lines.slice(0, 2).map((line) => clip(line, 110)),
    footer: clip(card.footer, 90),
  };
}

/** Progress figure of a component: share of its indicators whose latest note says `selesai`. */
export function progressStat(done: number, indicators: number, dueReported: number, due: number): OgCard['stat'] {
  const percent = indicators ? Math.round((done / indicators) * 100) : 0;
  return {
    value: `${done}/${indicators}`,
    label: `indikator selesai · ${dueReported}/${due} bulan terjadwal sudah dilaporkan`,
    percent,
  };
}

/** IKM figure of a survey: value (2 decimals, comma) and grade. */
export function ikmStat(ikmText: string, gradeWords: string): OgCard['stat'] {
  return { value: ikmText, label: `IKM · mutu ${gradeWords}` };
}

/**
 * sha256 over template version, the card data, the font files' hash and the colours the card is drawn
 * in (design tokens read from src/styles/global.css: a new accent colour must draw new cards).
 */
export function ogCacheKey(card: OgCard, fontHash: string, colours: readonly string[] = [], version = OG_TEMPLATE_VERSION): string {
  return createHash('sha256').update(JSON.stringify({ version, card, fontHash, colours })).digest('hex');
}
