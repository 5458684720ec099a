import { z } from 'astro/zod';
import { areaCode, correction } from './shared.ts';

/** One area (area pengungkit) of a year's plan: `content/<year>/area/<code>.yaml`. */
export const areaSchema = z.strictObject({
  /** Roman numeral as printed in the decree, e.g. "V". */
  code: areaCode,
  /** The area's heading as decreed. */
  title: z.string().min(3),
  /** Its name in the evaluation sheet (LKE, PermenPANRB 90/2021). */
  lkeName: z.string().min(3),
  /** Its weight in the LKE pengungkit (out of 60). */
  weight: z.number().positive().max(60),
  /** The responsible team, written once per area in the decree. */
  team: z.string().min(3),
  /** Text-extraction errors fixed in this file, for audit. */
  corrections: z.array(correction).default([]),
});

export type Area = z.output<typeof areaSchema>;
