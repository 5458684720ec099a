/**
 * Reads Lampiran III of PermenPANRB 90/2021 (the LKE) from the word boxes `pdftotext -bbox` gives for
 * its pages. The text layer is read by column, not by `-raw` order: `-raw` drops the left-column
 * headings, and `-layout` scatters the diagonal watermark's letters through the rows. The watermark's
 * words are rotated, so their boxes are taller than any line of the table; they are left out by height.
 */

export interface Word { x: number; y: number; height: number; text: string; page: number }

/** One printed line of a page, its words split into the LKE's columns. */
export interface Line {
  page: number;
  y: number;
  /** x of the line's first word in the Penilaian column (Infinity when it has none). */
  indent: number;
  penilaian: string;
  bobot: string;
  penjelasan: string;
  pilihan: string;
  jawaban: string;
  nilai: string;
}

/** Left edges of the LKE's columns on its landscape pages (points), read from the header row. */
const COLUMNS = [
  ['penilaian', 0],
  ['bobot', 280],
  ['penjelasan', 320],
  ['pilihan', 515],
  ['jawaban', 570],
  ['nilai', 630],
  ['persen', 690],
  ['catatan', 745],
] as const;

/** Rotated watermark letters have boxes about 24 pt tall; table text is under 11 pt. */
const MAX_TEXT_HEIGHT = 15;

const decode = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The words of each page of `pdftotext -bbox` output; `firstPage` is the PDF page number of the first. */
export function readWords(html: string, firstPage: number): Word[] {
  const words: Word[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const y = Number(match[2]);
      const height = Number(match[3]) - y;
      if (height < MAX_TEXT_HEIGHT) words.push({ x: Number(match[1]), y, height, text: decode(match[4]!), page: firstPage + index });
    }
  });
  return words;
}

/** Words grouped into printed lines (same page, baselines within 2.5 pt), top to bottom. */
export function toLines(words: readonly Word[]): Line[] {
  const groups: { page: number; y: number; words: Word[] }[] = [];
  const sorted = [...words].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  for (const word of sorted) {
    const group = groups.find((g) => g.page === word.page && Math.abs(g.y - word.y) < 2.5);
    if (group) group.words.push(word);
    else groups.push({ page: word.page, y: word.y, words: [word] });
  }
  return groups.map(({ page, y, words: lineWords }) => {
    const cells: Record<string, string[]> = {};
    let indent = Infinity;
    for (const word of [...lineWords].sort((a, b) => a.x - b.x)) {
      const column = [...COLUMNS].reverse().find(([, left]) => word.x >= left)![0];
      if (column === 'penilaian') indent = Math.min(indent, word.x);
      (cells[column] ??= []).push(word.text);
    }
    const cell = (name: string) => (cells[name] ?? []).join(' ');
    return { page, y, indent, penilaian: cell('penilaian'), bobot: cell('bobot'), penjelasan: cell('penjelasan'), pilihan: cell('pilihan'), jawaban: cell('jawaban'), nilai: cell('nilai') };
  });
}
