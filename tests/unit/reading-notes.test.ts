import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorNotedMonths, notedMonths, readingNotes, READ_AS_MONTH } from '../../src/lib/plan/reading-notes.ts';
import { plan2022 } from './support/progress.ts';

const plan = plan2022();
const source = readFileSync('content/2022/sumber/keputusan-kpu-kota-magelang-9-2022.txt', 'utf8');
const notes = readingNotes(plan, source);

describe('reading notes of the 2022 plan', () => {
  it('lists every action with a months note, each with a raw source line holding a √ beyond field 17', () => {
    const noted = plan.indicators.flatMap((indicator) => indicator.actions.filter((action) => action.monthsNote));
    expect(notes.months).toHaveLength(noted.length);
    for (const item of notes.months) {
      expect(item.source.length, item.anchor).toBeGreaterThan(0);
      expect(item.source.some((line) => line.fields.some((field) => field.position > 17 && field.text === '√')), item.anchor).toBe(true);
      // The quoted line is the action's own row: its LANGKAH AKSI (field 4) starts the published step.
      const step = item.source[0]!.fields.find((field) => field.position === 4)!.text;
      expect(item.action.step.startsWith(step.slice(0, 30)), item.anchor).toBe(true);
    }
  });

  it('lists the row merges and repairs with their lines', () => {
    const rows = notes.rows.map((row) => [row.kind, row.where, row.source.map((line) => line.line)]);
    expect(rows).toContainEqual(['gabung-baris', 'II.3.1, langkah aksi 1', [106, 107]]);
    expect(rows).toContainEqual(['gabung-baris', 'IV.1.2, langkah aksi 1', [140, 141]]);
    expect(rows.filter(([kind]) => kind === 'perbaikan-baris').map(([, , lines]) => lines)).toEqual([[154], [155]]);
  });

  it('puts validUntil among the interpretations, not the typo fixes', () => {
    expect(notes.corrections.tafsiran.map((c) => c.field)).toContain('validUntil');
    expect(notes.corrections['salah-ketik'].map((c) => c.field)).not.toContain('validUntil');
  });

  it('marks December only where a note says it was read from outside the month columns', () => {
    expect(notedMonths({ months: [6, 12], monthsNote: 'x' })).toEqual([READ_AS_MONTH]);
    expect(notedMonths({ months: [6, 12] })).toEqual([]);
    const vi3 = plan.indicatorsById.get('VI.3.1')!;
    expect(indicatorNotedMonths(vi3)).toEqual(vi3.actions.some((a) => a.monthsNote) ? [12] : []);
  });
});
