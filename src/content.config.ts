import { defineCollection } from 'astro:content';
import { collectionSpecs, type CollectionSpec } from './schemas/collections.ts';
import { contentRoot } from './lib/content-root.ts';
import { contentLoader } from './lib/content-check/preview-loader.ts';

const base = contentRoot();

/** Collections a site may have none of (yet); the others must have files. */
const MAY_BE_EMPTY = new Set(['surveys', 'complaintRecaps', 'notes', 'evidence', 'channels', 'guides', 'lkeMappings', 'lkeAssessments']);

function fromSpec<S extends CollectionSpec>(spec: S, name: string) {
  return defineCollection({
    loader: contentLoader(spec, base, MAY_BE_EMPTY.has(name)),
    schema: spec.schema as S['schema'],
  });
}

export const collections = {
  unit: fromSpec(collectionSpecs.unit, 'unit'),
  decrees: fromSpec(collectionSpecs.decrees, 'decrees'),
  areas: fromSpec(collectionSpecs.areas, 'areas'),
  components: fromSpec(collectionSpecs.components, 'components'),
  surveys: fromSpec(collectionSpecs.surveys, 'surveys'),
  notes: fromSpec(collectionSpecs.notes, 'notes'),
  evidence: fromSpec(collectionSpecs.evidence, 'evidence'),
  channels: fromSpec(collectionSpecs.channels, 'channels'),
  guides: fromSpec(collectionSpecs.guides, 'guides'),
  complaintRecaps: fromSpec(collectionSpecs.complaintRecaps, 'complaintRecaps'),
  lkeMappings: fromSpec(collectionSpecs.lkeMappings, 'lkeMappings'),
  lkeAssessments: fromSpec(collectionSpecs.lkeAssessments, 'lkeAssessments'),
};
