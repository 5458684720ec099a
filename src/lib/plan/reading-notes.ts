/**
 * The reading notes of a plan: how the decree's table was read where it could not be read one way
 * only. Pure functions over the plan (its components carry the importer's `readings`, `monthsNote`
 * and `corrections`) and the decree's source text, for the page /<year>/catatan-pembacaan/ and the
 * marks on every page that shows the affected months.
 */
import type { Action, Reading, ReadingKind } from '../../schemas/component.ts';
import type { Correction, CorrectionKind } from '../../schemas/shared.ts';
import { codeToAnchor, type Indicator, type Plan } from './plan.ts';

/**
 * The month a mark outside the month columns is read as: the importer reads every √ in field 18 or
 * later as December (scripts' decree-table `extractMonths`). The pages mark this month.
 */
export const READ_AS_MONTH = 12;

/** The visible mark next to such a month, explained in words beside it (never colour alone). */
export const READING_MARK = '*';

/**
 * The month marked on an action whose row has a √ outside the month columns: December, which the
 * mark was read as (on some rows December is also marked in field 17; the note says which).
 */
export function notedMonths(action: Pick<Action, 'monthsNote' | 'months'>): number[] {
  return action.monthsNote && action.months.includes(READ_AS_MONTH) ? [READ_AS_MONTH] : [];
}

/** Months of an indicator that carry a reading note (the union over its actions). */
export function indicatorNotedMonths(indicator: Pick<Indicator, 'actions'>): number[] {
  return [...new Set(indicator.actions.flatMap(notedMonths))].sort((a, b) => a - b);
}

/** Fragment of an action's month note on the reading-notes page, e.g. "bulan-i-3-1-1". */
export function monthNoteAnchor(indicatorId: string, actionNumber: number): string {
  return `bulan-${codeToAnchor(indicatorId)}-${actionNumber}`;
}

/** One line of the source text, with the 1-based position of each non-empty tab field. */
export interface SourceLine {
  line: number;
  fields: { position: number; text: string }[];
}

export function sourceLine(lines: readonly string[], line: number): SourceLine {
  const fields = (lines[line - 1] ?? '').split('\t').flatMap((text, index) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    return clean ? [{ position: index + 1, text: clean }] : [];
  });
  return { line, fields };
}

export interface MonthNote {
  anchor: string;
  indicator: Indicator;
  /** 1-based position of the action in its indicator. */
  actionNumber: number;
  action: Action;
  note: string;
  source: SourceLine[];
}

export interface RowNote {
  anchor: string;
  componentId: string;
  kind: Exclude<ReadingKind, 'tanda-bulan'>;
  /** The field in words, e.g. "II.3.1, langkah aksi 1". */
  where: string;
  reason: string;
  source: SourceLine[];
}

export interface CorrectionNote extends Correction {
  /** Whose field: "Keputusan", "Area V", "Komponen V.1". */
  entity: string;
  where: string;
}

export interface ReadingNotes {
  months: MonthNote[];
  rows: RowNote[];
  corrections: Record<CorrectionKind, CorrectionNote[]>;
}

/** "indicators[0].actions[1].step" of component "II.3" → "II.3.1, langkah aksi 2, step". */
export function describeField(componentId: string, field: string): string {
  // a reading of the sheet about the component's rows as a whole (scripts/rencana/lampiran.ts)
  if (field === 'komponen') return componentId;
  const match = /^indicators\[(\d+)\](?:\.actions\[(\d+)\])?(?:\.(.+))?$/.exec(field);
  if (!match) return `${componentId}, ${field}`;
  const parts = [`${componentId}.${Number(match[1]) + 1}`];
  if (match[2] !== undefined) parts.push(`langkah aksi ${Number(match[2]) + 1}`);
  if (match[3]) parts.push(FIELD_NAMES[match[3]] ?? match[3]);
  return parts.join(', ');
}

const FIELD_NAMES: Record<string, string> = {
  text: 'teks indikator',
  step: 'langkah aksi',
  evidence: 'bukti fisik',
  months: 'bulan',
  title: 'judul',
  team: 'penanggung jawab',
};

/** Every reading note of a plan, in decree order; `sourceText` is the decree text its `source` names. */
export function readingNotes(plan: Plan, sourceText: string): ReadingNotes {
  const lines = sourceText.split(/\r?\n/);
  const components = plan.areas.flatMap((area) => area.components);
  const readingsOf = (kind: ReadingKind) =>
    components.flatMap((component) => component.readings.filter((reading) => reading.kind === kind).map((reading) => ({ component, reading })));

  const monthSources = new Map(readingsOf('tanda-bulan').map(({ component, reading }) => [`${component.id} ${reading.field}`, reading]));
  const months = components.flatMap((component) =>
    component.indicators.flatMap((indicator, i) =>
      indicator.actions.flatMap((action, j) => {
        if (!action.monthsNote) return [];
        const reading: Reading | undefined = monthSources.get(`${component.id} indicators[${i}].actions[${j}].months`);
        return [{
          anchor: monthNoteAnchor(indicator.id, j + 1),
          indicator,
          actionNumber: j + 1,
          action,
          note: action.monthsNote,
          source: (reading?.lines ?? []).map((line) => sourceLine(lines, line)),
        }];
      }),
    ),
  );

  const rows = (['gabung-baris', 'perbaikan-baris', 'baca-lembar'] as const).flatMap((kind) =>
    readingsOf(kind).map(({ component, reading }, index) => ({
      anchor: `${kind}-${codeToAnchor(component.id)}-${index + 1}`,
      componentId: component.id,
      kind,
      where: describeField(component.id, reading.field),
      reason: reading.reason,
      source: reading.lines.map((line) => sourceLine(lines, line)),
    })),
  );

  return { months, rows, corrections: planCorrections(plan) };
}

/** Every correction of a plan (decree, areas, components), grouped by kind, in decree order. */
export function planCorrections(plan: Plan): Record<CorrectionKind, CorrectionNote[]> {
  const components = plan.areas.flatMap((area) => area.components);
  const all: CorrectionNote[] = [
    ...plan.decree.corrections.map((correction) => ({ ...correction, entity: 'Keputusan', where: correction.field })),
    ...plan.areas.flatMap((area) => area.corrections.map((correction) => ({ ...correction, entity: `Area ${area.code}`, where: FIELD_NAMES[correction.field] ?? correction.field }))),
    ...components.flatMap((component) =>
      component.corrections.map((correction) => ({ ...correction, entity: `Komponen ${component.id}`, where: describeField(component.id, correction.field) })),
    ),
  ];
  const corrections: Record<CorrectionKind, CorrectionNote[]> = { 'salah-ketik': [], penulisan: [], tafsiran: [] };
  for (const correction of all) corrections[correction.kind].push(correction);
  return corrections;
}
