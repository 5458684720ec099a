/**
 * Compares a generated CMS form with its zod schema, field by field (nested fields included), so a
 * test fails when one has a field the other lacks. The Markdown body is the file's content, not a
 * schema field, and is left out of the comparison.
 */
import type { z } from 'astro/zod';
import type { CmsCollection, CmsField } from './fields.ts';
import { fieldPaths, objectFields } from './zod-fields.ts';

/** Dotted names of a form's fields, in the same notation as `fieldPaths` ("contacts.web.url"). */
export function formFieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix + field.name;
    if (!prefix && field.name === 'body' && field.widget === 'markdown') return [];
    const nested = field.fields
      ? formFieldPaths(field.fields, `${path}.`)
      : field.types
        ? field.types.flatMap((type) => formFieldPaths(type.fields ?? [], `${path}.${type.name}.`))
        : [];
    return [path, ...nested];
  });
}

export interface FormDifference {
  /** Fields of the schema that the form does not offer. */
  missingInForm: string[];
  /** Fields of the form that the schema does not know (the check would reject the file). */
  unknownToSchema: string[];
}

export function formSchemaDifference(fields: readonly CmsField[], schema: z.ZodType): FormDifference {
  const form = new Set(formFieldPaths(fields));
  const wanted = new Set(fieldPaths(objectFields(schema)));
  return {
    missingInForm: [...wanted].filter((path) => !form.has(path)),
    unknownToSchema: [...form].filter((path) => !wanted.has(path)),
  };
}

/** Every form of a collection: a folder collection has one, a files collection one per file. */
export function formsOf(collection: CmsCollection): { name: string; fields: CmsField[] }[] {
  if (collection.files) return collection.files.map((file) => ({ name: `${collection.name}/${file.name}`, fields: file.fields }));
  return [{ name: collection.name, fields: collection.fields ?? [] }];
}
