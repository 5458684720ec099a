import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionSpec } from './schemas/collections.ts';
import { contentRoot } from './lib/content-root.ts';

const base = contentRoot();

function fromSpec<S extends CollectionSpec>(spec: S) {
  return defineCollection({
    loader: glob({ pattern: spec.pattern, base, generateId: ({ entry }) => spec.id(entry) }),
    schema: spec.schema as S['schema'],
  });
}

export const collections = {
  unit: fromSpec(collectionSpecs.unit),
  decrees: fromSpec(collectionSpecs.decrees),
  areas: fromSpec(collectionSpecs.areas),
  components: fromSpec(collectionSpecs.components),
  surveys: fromSpec(collectionSpecs.surveys),
  notes: fromSpec(collectionSpecs.notes),
  evidence: fromSpec(collectionSpecs.evidence),
  channels: fromSpec(collectionSpecs.channels),
  guides: fromSpec(collectionSpecs.guides),
  complaintRecaps: fromSpec(collectionSpecs.complaintRecaps),
};
