import { describe, expect, it } from 'vitest';
import { buildTimeline, cellState, componentProgress, isMonthOver, monthReport, reportedPercent, shortText } from '../../src/lib/progress/timeline.ts';
import { note, plan2022 } from './support/progress.ts';

const plan = plan2022();
// I.1.1 is planned in April only; V.1.1 in April–August; VI.3.1 in December only.
const stateOf = (timeline: ReturnType<typeof buildTimeline>, code: string, month: number) => timeline.byIndicator.get(code)!.cells[month - 1]!;

describe('isMonthOver', () => {
  it('says a month is over only after its last day', () => {
    expect(isMonthOver(2022, 4, '2022-04-30')).toBe(false);
    expect(isMonthOver(2022, 4, '2022-05-01')).toBe(true);
  });

  it('ends December at the turn of the year', () => {
    expect(isMonthOver(2022, 12, '2022-12-31')).toBe(false);
    expect(isMonthOver(2022, 12, '2023-01-01')).toBe(true);
  });
});

describe('cellState', () => {
  it('tells apart the four states and an empty cell', () => {
    expect(cellState(true, 1, true)).toBe('reported');
    expect(cellState(true, 0, true)).toBe('late');
    expect(cellState(true, 0, false)).toBe('planned');
    expect(cellState(false, 2, false)).toBe('extra');
    expect(cellState(false, 0, true)).toBe('empty');
  });

  it('counts a report in a month that is not over yet as reported', () => {
    expect(cellState(true, 1, false)).toBe('reported');
  });
});

describe('buildTimeline', () => {
  it('shows all four cell states within the plan year', () => {
    const notes = [note('sk-tim', '2022-04-20', ['I.1.1']), note('wbs-juli', '2022-07-12', ['V.4.1'])];

    const timeline = buildTimeline(plan, notes, '2022-09-15');

    expect(stateOf(timeline, 'I.1.1', 4).state).toBe('reported');
    expect(stateOf(timeline, 'V.1.1', 4).state).toBe('late');
    expect(stateOf(timeline, 'VI.3.1', 12).state).toBe('planned');
    expect(stateOf(timeline, 'V.4.1', 7).state).toBe('extra');
    expect(stateOf(timeline, 'I.1.1', 5).state).toBe('empty');
  });

  it('before the plan year, nothing is late and nothing is due', () => {
    const timeline = buildTimeline(plan, [], '2021-12-31');

    const states = new Set(timeline.rows.flatMap((row) => row.cells.map((cell) => cell.state)));

    expect(states).toEqual(new Set(['planned', 'empty']));
    expect(timeline.tally.due).toBe(0);
    expect(reportedPercent(timeline.tally)).toBeNull();
    expect(timeline.byIndicator.get('I.1.1')!.status).toBe('dijadwalkan');
  });

  it('after the plan year, every planned month without a note is late', () => {
    const timeline = buildTimeline(plan, [note('sk-tim', '2022-04-20', ['I.1.1'], 'selesai')], '2023-02-01');

    const planned = timeline.rows.flatMap((row) => row.cells.filter((cell) => row.indicator.months.includes(cell.month)));

    expect(planned.filter((cell) => cell.state === 'planned')).toEqual([]);
    expect(planned.filter((cell) => cell.state === 'reported')).toHaveLength(1);
    expect(timeline.tally.due).toBe(planned.length);
    expect(timeline.byIndicator.get('I.1.1')!.status).toBe('selesai');
    expect(timeline.byIndicator.get('I.2.1')!.status).toBe('belum-ada-laporan');
  });

  it('puts one note covering two indicators in both rows', () => {
    const both = note('rapat-kinerja', '2022-01-20', ['IV.1.1', 'IV.1.2'], 'selesai');

    const timeline = buildTimeline(plan, [both], '2022-03-01');

    expect(stateOf(timeline, 'IV.1.1', 1).notes).toEqual([both]);
    expect(stateOf(timeline, 'IV.1.2', 1).notes).toEqual([both]);
    expect(timeline.areas.find((area) => area.area.code === 'IV')!.tally.done).toBe(2);
  });

  it('keeps two notes in one cell, oldest first, and counts the month once', () => {
    const first = note('rancangan', '2022-05-10', ['VI.1.1']);
    const second = note('penetapan', '2022-05-24', ['VI.1.1'], 'selesai');

    const row = buildTimeline(plan, [second, first], '2022-06-01').byIndicator.get('VI.1.1')!;

    expect(row.cells[4]!.notes).toEqual([first, second]);
    expect(row.reported).toEqual([5]);
    expect(row.tally).toMatchObject({ due: 1, dueReported: 1, done: 1 });
    expect(row.status).toBe('selesai');
  });

  it("takes an indicator's status from its latest note", () => {
    const timeline = buildTimeline(plan, [note('a', '2022-06-14', ['V.1.1'], 'selesai'), note('b', '2022-07-14', ['V.1.1'], 'tertunda')], '2022-09-15');

    expect(timeline.byIndicator.get('V.1.1')!.status).toBe('tertunda');
  });

  it('ignores notes dated after the reference date and notes of other years', () => {
    const timeline = buildTimeline(plan, [note('nanti', '2022-10-03', ['I.3.1']), note('lain', '2023-04-03', ['I.1.1'])], '2022-09-15');

    expect(timeline.notes).toEqual([]);
    expect(stateOf(timeline, 'I.1.1', 4).state).toBe('late');
  });

  it('rolls counts up from indicators to components, areas and the plan by summing, not averaging', () => {
    const timeline = buildTimeline(plan, [note('sk-tim', '2022-04-20', ['I.1.1'])], '2022-05-01');
    const areaI = timeline.areas[0]!;

    const dueInAreaI = areaI.components.flatMap((component) => component.rows).reduce((sum, row) => sum + row.tally.due, 0);

    expect(areaI.tally.due).toBe(dueInAreaI);
    expect(areaI.tally.dueReported).toBe(1);
    expect(timeline.tally.due).toBe(timeline.areas.reduce((sum, area) => sum + area.tally.due, 0));
    expect(reportedPercent({ due: 3, dueReported: 2, done: 0, indicators: 1 })).toBe(66);
  });
});

describe('monthReport', () => {
  it('lists what was planned, what was reported and what is outstanding', () => {
    const reported = note('rancangan', '2022-05-10', ['VI.1.1']);
    const extra = note('wbs-mei', '2022-05-12', ['V.4.1']);
    const timeline = buildTimeline(plan, [reported, extra], '2022-09-15');

    const report = monthReport(timeline, 5);

    expect(report.over).toBe(true);
    expect(report.planned.map((row) => row.indicator.id)).toEqual(plan.indicators.filter((indicator) => indicator.months.includes(5)).map((indicator) => indicator.id));
    expect(report.reported).toEqual([reported, extra]);
    expect(report.outstanding.map((row) => row.indicator.id)).not.toContain('VI.1.1');
    expect(report.outstanding).toHaveLength(report.planned.length - 1);
  });
});

describe('shortText', () => {
  it('cuts long text at a word boundary and marks the cut', () => {
    const text = 'Operasionalisasi manajemen SDM sudah menggunakan teknologi informasi secara menyeluruh';

    const short = shortText(text, 40);

    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('leaves short text alone', () => {
    expect(shortText('Terdapat Inovasi pelayanan')).toBe('Terdapat Inovasi pelayanan');
  });
});

describe('componentProgress', () => {
  it("lists the notes of any of the component's indicators once, newest first", () => {
    const both = note('gratifikasi', '2022-06-14', ['V.1.1', 'V.1.2']);
    const later = note('spanduk', '2022-07-01', ['V.1.2']);
    const elsewhere = note('wbs', '2022-07-12', ['V.4.1']);

    const progress = componentProgress(buildTimeline(plan, [both, later, elsewhere], '2022-09-15'), 'V.1');

    expect(progress.notes).toEqual([later, both]);
    expect(progress.rows.map((row) => row.indicator.id)).toEqual(['V.1.1', 'V.1.2']);
  });
});
