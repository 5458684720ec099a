import type { z } from 'astro/zod';
import { areaSchema } from './area.ts';
import { channelSchema } from './channel.ts';
import { complaintRecapSchema } from './complaint-recap.ts';
import { componentSchema } from './component.ts';
import { decreeSchema } from './decree.ts';
import { surveySchema } from './survey.ts';
import { noteSchema } from './note.ts';
import { evidenceSchema } from './evidence.ts';
import { evidenceId } from '../lib/evidence/items.ts';
import { guideSchema } from './guide.ts';
import { unitSchema } from './unit.ts';
import { lkeAssessmentSchema, lkeMappingSchema } from './lke-content.ts';

/**
 * Every content collection: where its files live (a glob under the content root),
 * how they are written and which schema they follow. Both the Astro build
 * (`src/content.config.ts`) and `npm run check` read this table, so they can never disagree.
 */
export interface CollectionSpec {
  /** Glob under the content root. */
  pattern: string;
  /** `yaml`: the whole file is data; `mdx`: YAML frontmatter and an MDX body. */
  format: 'yaml' | 'mdx';
  schema: z.ZodType;
  /** Id of an entry from its path under the content root. */
  id: (file: string) => string;
}

const YEAR = '[0-9][0-9][0-9][0-9]';

/** "2022/komponen/v-3.mdx" → "2022/v-3": ids keep the year, drop the folder. */
export function yearScopedId(file: string): string {
  return file.replace(/\.(ya?ml|mdx?)$/, '').replace(/^(\d{4})\/[^/]+\//, '$1/');
}

/** "kanal/lapor.yaml" → "lapor". */
export function fileStem(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(ya?ml|mdx?)$/, '');
}

export const collectionSpecs = {
  unit: { pattern: 'unit.yaml', format: 'yaml', schema: unitSchema, id: () => 'unit' },
  decrees: { pattern: `${YEAR}/keputusan.yaml`, format: 'yaml', schema: decreeSchema, id: (file) => file.slice(0, 4) },
  areas: { pattern: `${YEAR}/area/*.yaml`, format: 'yaml', schema: areaSchema, id: yearScopedId },
  components: { pattern: `${YEAR}/komponen/*.mdx`, format: 'mdx', schema: componentSchema, id: yearScopedId },
  /** "survei/skm-2022-s2/index.mdx" → "skm-2022-s2"; `responses.csv` beside it is read by the survey check. */
  surveys: { pattern: 'survei/*/index.mdx', format: 'mdx', schema: surveySchema, id: (file) => file.split('/')[1]! },
  notes: { pattern: `${YEAR}/catatan/*.mdx`, format: 'mdx', schema: noteSchema, id: yearScopedId },
  /** Evidence items: the id is the file's slug alone, unique across years (notes cite it). */
  evidence: { pattern: `${YEAR}/bukti/*.yaml`, format: 'yaml', schema: evidenceSchema, id: evidenceId },
  channels: { pattern: 'kanal/*.yaml', format: 'yaml', schema: channelSchema, id: fileStem },
  guides: { pattern: 'panduan/*.mdx', format: 'mdx', schema: guideSchema, id: fileStem },
  complaintRecaps: { pattern: `pengaduan/${YEAR}.yaml`, format: 'yaml', schema: complaintRecapSchema, id: fileStem },
  /** A year's plan mapped to the LKE's questions; the id is the year. */
  lkeMappings: { pattern: `${YEAR}/lke/pemetaan.yaml`, format: 'yaml', schema: lkeMappingSchema, id: (file) => file.slice(0, 4) },
  /** A year's self-assessment against the LKE (penilaian mandiri); the id is the year. */
  lkeAssessments: { pattern: `${YEAR}/lke/penilaian.yaml`, format: 'yaml', schema: lkeAssessmentSchema, id: (file) => file.slice(0, 4) },
} satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collectionSpecs;
