import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import type { EvidenceItem } from '../../src/lib/evidence/items.ts';
import { indicatorEvidence } from '../../src/lib/evidence/status.ts';
import { toNote } from '../../src/lib/progress/notes.ts';
import { buildTimeline } from '../../src/lib/progress/timeline.ts';
import { plan2022 } from './support/progress.ts';

describe('real evidence content', () => {
  it('lists the decree republished here as a related document of I.2.1, not as its evidence', () => {
    const items = loadContent('content').content.entries.evidence.filter((entry) => entry.data.indicators.includes('I.2.1'));

    expect(items.map((entry) => entry.data.url ?? entry.data.file).sort()).toEqual(['/2022/keputusan/', 'keputusan-9-2022.txt']);
    // I.2.1 asks for publication "melalui rapat dan website KPU Kota Magelang": this portal is neither.
    expect(items.every((entry) => entry.data.satisfies?.length === 0)).toBe(true);
  });

  it('gives no real indicator an evidence status its items do not support', () => {
    const { content } = loadContent('content');
    const plan = plan2022();
    const items = content.entries.evidence.map((entry) => ({ id: entry.id, indicators: entry.data.indicators, satisfies: entry.data.satisfies }) as EvidenceItem);
    const statuses = new Map(plan.indicators.map((indicator) => [indicator.id, indicatorEvidence(indicator, items).status]));

    expect(statuses.get('I.2.1')).not.toBe('lengkap');
    // Derived: an indicator counts only items that answer a step, and every real item is a related document.
    const answering = items.filter((item) => item.satisfies?.length !== 0);
    expect([...statuses.values()].filter((status) => status !== 'belum')).toHaveLength(new Set(answering.flatMap((item) => item.indicators)).size);
  });

  it('does not call I.1.1 done: the source shows only that SK 8/2022 exists', () => {
    const { content } = loadContent('content');
    const notes = content.entries.notes.map((entry) => toNote({ id: entry.id, data: entry.data }));
    const timeline = buildTimeline(plan2022(), notes, '2023-01-31');

    expect(timeline.byIndicator.get('I.1.1')!.status).not.toBe('selesai');
    // The roll-up follows the notes: done = the indicators whose latest real note says selesai.
    const latest = new Map<string, string>();
    for (const note of [...notes].sort((a, b) => a.day.localeCompare(b.day))) for (const code of note.indicators) latest.set(code, note.status);
    expect(timeline.tally.done).toBe([...latest.values()].filter((status) => status === 'selesai').length);
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
