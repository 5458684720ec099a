import { z } from 'astro/zod';
import { areaCode, componentCode, correction, months } from './shared.ts';

/** One action step (langkah aksi) of an indicator, a row of the decree's table. */
export const actionSchema = z.strictObject({
  /** LANGKAH AKSI as decreed. */
  step: z.string().min(3, 'Langkah aksi (step) tidak boleh kosong.'),
  /** BUKTI FISIK as decreed; absent only where the decree gives none for this step. */
  evidence: z.string().min(3).optional(),
  /** PELAKSANAAN (BULAN): the months the step is scheduled in. */
  months,
  /**
   * How the months were read when a check mark sits outside the twelve month columns (written by
   * the importer, in Indonesian); absent when every mark sits in a month column.
   */
  monthsNote: z.string().min(3).optional(),
});

/** What kind of reading decision a row needed (see `readings`). */
export const READING_KINDS = ['tanda-bulan', 'gabung-baris', 'perbaikan-baris', 'baca-lembar'] as const;
export type ReadingKind = (typeof READING_KINDS)[number];

/**
 * A reading decision of the importer, kept with the component so the reading-notes page can show
 * it with the raw source lines: months read from marks outside the month columns, rows joined
 * into one action, rows whose texts were moved back into their columns.
 */
export const readingSchema = z.strictObject({
  kind: z.enum(READING_KINDS),
  /** The field it concerns, relative to the component, e.g. "indicators[0].actions[1]". */
  field: z.string().min(1),
  /** 1-based lines of the source text (`source` of the decree) the field was read from. */
  lines: z.array(z.number().int().positive()).min(1),
  /** Why, in Indonesian. */
  reason: z.string().min(3),
});

/** One indicator; its code (e.g. "V.3.2") is its 1-based position in the component. */
export const indicatorSchema = z
  .object({
    /** INDIKATOR as decreed. */
    text: z.string().min(3, 'Teks indikator tidak boleh kosong.'),
    /** The indicator's action steps, in decree order. */
    actions: z.array(actionSchema).min(1, 'Setiap indikator memerlukan paling sedikit satu langkah aksi.'),
  })
  .refine((indicator) => indicator.actions.length === 0 || indicator.actions.some((action) => action.evidence), {
    message: 'Setiap indikator memerlukan bukti fisik (evidence) pada paling sedikit satu langkah aksi.',
    path: ['actions'],
  });

/** One component of a year's plan: `content/<year>/komponen/<area>-<n>.mdx`; the MDX body is its narrative. */
export const componentSchema = z.strictObject({
  /** Component code, e.g. "V.3". */
  code: componentCode,
  /** Code of the area it belongs to, e.g. "V". */
  area: areaCode,
  /** KOMPONEN as decreed. */
  title: z.string().min(3),
  /** The component's indicators, in decree order. */
  indicators: z.array(indicatorSchema).min(1, 'Komponen memerlukan paling sedikit satu indikator.'),
  /** Text-extraction errors fixed in this file, for audit. */
  corrections: z.array(correction).default([]),
  /** Reading decisions of the importer for this component, for audit (see readingSchema). */
  readings: z.array(readingSchema).default([]),
});

export type Action = z.output<typeof actionSchema>;
export type Reading = z.output<typeof readingSchema>;
export type IndicatorData = z.output<typeof indicatorSchema>;
export type ComponentData = z.output<typeof componentSchema>;
