import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';

describe('real evidence content', () => {
  it('publishes the decree as evidence of I.2.1, as a page and as its source text', () => {
    const items = loadContent('content').content.entries.evidence.filter((entry) => entry.data.indicators.includes('I.2.1'));

    expect(items.map((entry) => entry.data.url ?? entry.data.file).sort()).toEqual(['/2022/keputusan/', 'keputusan-9-2022.txt']);
  });

  it('keeps the published decree text identical to the source text the decree pages use', () => {
    expect(readFileSync('content/2022/bukti/keputusan-9-2022.txt', 'utf8')).toBe(readFileSync('content/2022/sumber/keputusan-kpu-kota-magelang-9-2022.txt', 'utf8'));
  });
});

describe('demo evidence content', () => {
  it('has items of every kind, a PDF and a photo, and personal data only when redacted', () => {
    const items = loadContent('tests/fixtures/demo').content.entries.evidence;
    const files = items.flatMap((entry) => (entry.data.file ? [entry.data.file] : []));

    expect(files.some((file) => file.endsWith('.pdf'))).toBe(true);
    expect(files.some((file) => file.endsWith('.jpg'))).toBe(true);
    expect(items.every((entry) => entry.data.title.startsWith('Contoh'))).toBe(true);
    expect(items.filter((entry) => entry.data.personalData).every((entry) => entry.data.redacted)).toBe(true);
  });
});
