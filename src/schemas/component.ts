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
});

export type Action = z.output<typeof actionSchema>;
export type IndicatorData = z.output<typeof indicatorSchema>;
export type ComponentData = z.output<typeof componentSchema>;
