import { describe, expect, it } from 'vitest';
import { pageFacets, pagefindFilters } from '../../src/lib/search/search.ts';
import { ikmStat, ogCacheKey, ogCard, progressStat, type OgCard } from '../../src/lib/sharing/og-card.ts';
import { ogImagePath, pagePathOfSlug } from '../../src/lib/sharing/og-paths.ts';

describe('pageFacets', () => {
  it('classifies plan, component, evidence, note, survey and channel paths', () => {
    expect(pageFacets('/2022/')).toEqual({ kind: 'rencana', year: '2022' });
    expect(pageFacets('/2022/ii/')).toEqual({ kind: 'rencana', year: '2022', area: 'II' });
    expect(pageFacets('/2022/ii/3/')).toEqual({ kind: 'komponen', year: '2022', area: 'II' });
    expect(pageFacets('/2022/bukti/area/iv/')).toEqual({ kind: 'bukti', year: '2022', area: 'IV' });
    expect(pageFacets('/2022/bukti/status/belum/')).toEqual({ kind: 'bukti', year: '2022' });
    expect(pageFacets('/2022/linimasa/03/')).toEqual({ kind: 'catatan', year: '2022' });
    expect(pageFacets('/kemajuan/area/v/')).toEqual({ kind: 'catatan', area: 'V' });
    expect(pageFacets('/survei/skm-2022/')).toEqual({ kind: 'survei' });
    expect(pageFacets('/pengaduan/rekap/')).toEqual({ kind: 'kanal' });
    expect(pageFacets('/gratifikasi/')).toEqual({ kind: 'kanal' });
    expect(pageFacets('/data/')).toEqual({ kind: 'data' });
    expect(pageFacets('/cari/')).toEqual({ kind: 'lainnya' });
  });

  it('ignores query and fragment', () => {
    expect(pageFacets('/2022/i/1/#i-1-1')).toEqual(pageFacets('/2022/i/1/'));
  });

  it('writes one pagefind filter per value, leaving out what a page lacks', () => {
    expect(pagefindFilters({ kind: 'komponen', area: 'II', year: '2022' })).toEqual(['jenis:komponen', 'area:II', 'tahun:2022']);
    expect(pagefindFilters({ kind: 'survei' })).toEqual(['jenis:survei']);
  });
});

describe('ogImagePath', () => {
  it('maps a page path to its image and back', () => {
    for (const page of ['/', '/2022/ii/3/', '/kemajuan/2022-04-sk-tim/', '/pengaduan/rekap/']) {
      const image = ogImagePath(page);
      expect(image).toMatch(/^\/og\/.+\.png$/);
      expect(pagePathOfSlug(image.slice(4, -4))).toBe(page);
    }
  });
});

describe('og card data', () => {
  const card: OgCard = { kicker: 'Komponen I.1', title: 'Judul', lines: ['a', 'b', 'c'], footer: 'Situs', sample: false };

  it('keeps at most two lines and shortens long titles with an ellipsis', () => {
    const long = ogCard({ ...card, title: 'x'.repeat(300) });
    expect(long.lines).toHaveLength(2);
    expect(long.title.length).toBeLessThanOrEqual(120);
    expect(long.title.endsWith('…')).toBe(true);
  });

  it('computes the progress share of finished indicators', () => {
    expect(progressStat(1, 4, 3, 6)).toMatchObject({ value: '1/4', percent: 25 });
    expect(progressStat(0, 0, 0, 0)?.percent).toBe(0);
    expect(progressStat(2, 4, 3, 6)?.label).toContain('3/6');
  });

  it('labels an IKM figure with its grade words', () => {
    expect(ikmStat('88,10', 'A (Sangat Baik)')).toEqual({ value: '88,10', label: 'IKM · mutu A (Sangat Baik)' });
  });
});

describe('ogCacheKey', () => {
  const card: OgCard = { kicker: 'k', title: 't', lines: [], footer: 'f', sample: false };

  it('is stable for the same input', () => {
    expect(ogCacheKey(card, 'font')).toBe(ogCacheKey({ ...card }, 'font'));
    expect(ogCacheKey(card, 'font')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the data, the font, the colours and the template version', () => {
    const colours = ['#8a1a1a', '#fffdf8', '#1c1c1c'];
    const key = ogCacheKey(card, 'font', colours, '1');
    expect(ogCacheKey({ ...card, title: 't2' }, 'font', colours, '1')).not.toBe(key);
    expect(ogCacheKey({ ...card, sample: true }, 'font', colours, '1')).not.toBe(key);
    expect(ogCacheKey(card, 'other-font', colours, '1')).not.toBe(key);
    // a new accent colour in global.css: the card's bytes change, so must its key
    expect(ogCacheKey(card, 'font', ['#1a3a8a', '#fffdf8', '#1c1c1c'], '1')).not.toBe(key);
    expect(ogCacheKey(card, 'font', colours, '2')).not.toBe(key);
  });
});
