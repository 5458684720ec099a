import { describe, expect, it } from 'vitest';
import { progressToExport } from '../../src/lib/progress/export.ts';
import { progressExportSchema } from '../../src/schemas/progress-export.ts';
import { buildTimeline } from '../../src/lib/progress/timeline.ts';
import { note, plan2022 } from './support/progress.ts';

const plan = plan2022();
const notes = [note('penetapan', '2022-05-24', ['VI.1.1'], 'selesai'), note('rancangan', '2022-05-10', ['VI.1.1', 'VI.1.3'])];
const timeline = buildTimeline(plan, notes, '2022-09-15');
const data = progressToExport([timeline], notes, '2022-09-15', (path) => `/zona-integritas${path}`);

describe('progressToExport', () => {
  it('satisfies the published JSON contract with the field names of the issue', () => {
    expect(progressExportSchema.safeParse(data).success).toBe(true);
    expect(Object.keys(data)).toEqual(['asOf', 'notes', 'indicators']);
    expect(Object.keys(data.notes[0]!)).toEqual(['id', 'title', 'date', 'indicators', 'status', 'url']);
    expect(Object.keys(data.indicators[0]!)).toEqual(expect.arrayContaining(['id', 'planned', 'reported', 'status']));
  });

  it('lists every note with its page under the deploy base', () => {
    expect(data.notes.map((entry) => entry.id)).toEqual(['penetapan', 'rancangan']);
    expect(data.notes[1]).toMatchObject({ date: '2022-05-10', indicators: ['VI.1.1', 'VI.1.3'], status: 'berjalan', url: '/zona-integritas/kemajuan/rancangan/' });
  });

  it('covers every indicator of the plan, with planned and reported months and a status', () => {
    expect(data.indicators).toHaveLength(plan.indicators.length);
    expect(data.indicators.find((entry) => entry.id === 'VI.1.1')).toMatchObject({ planned: plan.indicatorsById.get('VI.1.1')!.months, reported: [5], status: 'selesai' });
    expect(data.indicators.find((entry) => entry.id === 'I.1.1')).toMatchObject({ reported: [], status: 'belum-ada-laporan' });
  });
});
