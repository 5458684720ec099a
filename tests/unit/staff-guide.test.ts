import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('content/PANDUAN.md', 'utf8');
/** Every source file that can produce a message staff read. */
const source = ['src/**/*.ts', 'scripts/*.ts'].flatMap((pattern) => globSync(pattern)).map((file) => readFileSync(file, 'utf8')).join('\n');

/** First column of the guide's message table: `Kode indikator "…" tidak ada di rencana …`. */
const listed = [...guide.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!).filter((text) => !/^[a-z]+$/.test(text));

describe('staff guide (content/PANDUAN.md)', () => {
  it('lists the error messages staff meet most', () => {
    expect(listed.length).toBeGreaterThanOrEqual(20);
  });

  it.each(listed)('quotes a message the code really prints: %s', (message) => {
    // "…" stands for the changing part; every fixed piece must appear in the code as written.
    const pieces = message.split('…').map((piece) => piece.trim()).filter((piece) => piece.length >= 3);
    for (const piece of pieces) expect(source, piece).toContain(piece);
  });

  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('content/PANDUAN.md');
  });
});
