/**
 * Reads a zod 4 schema into a plain description of its fields, the shape the CMS form is generated from.
 * Only what a form needs: kind, required or not, enum options, string patterns, nested fields.
 * Anything this walker does not recognise becomes `unknown` (a text field in the form): a new kind of
 * field in a schema must never disappear from the form silently.
 */
import type { z } from 'astro/zod';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'enum' | 'list' | 'object' | 'variants' | 'unknown';

export interface FieldShape {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** `string` with a known format: url, email, date … */
  format?: string;
  /** enum values (kind `enum`), or the element's when kind is `list` of enum. */
  options?: string[];
  /** Regular expressions a string must match (from `.regex()`), source text. */
  patterns?: string[];
  /** kind `list`: the element. */
  item?: FieldShape;
  /** kind `object`: its fields. */
  fields?: FieldShape[];
  /** kind `variants` (discriminated union of objects): the key and each variant's fields. */
  discriminator?: string;
  variants?: { value: string; fields: FieldShape[] }[];
  /** Default value when the schema has one. */
  defaultValue?: unknown;
}

// zod 4 keeps a schema's definition in `_zod.def`; the type below names the parts read here.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
  format?: string;
  defaultValue?: unknown;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Strips wrappers that do not change what a form field holds; reports optional/default on the way. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let optional = false;
  let defaultValue: unknown;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const value = def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def.innerType!;
    } else if (def.type === 'catch' || def.type === 'readonly' || def.type === 'nonoptional') {
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, s) is pipe(transform, s); s.transform(fn) is pipe(s, transform): the form edits the non-transform side
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      return { core: current, optional, defaultValue };
    }
  }
}

function stringPatterns(def: Def): string[] {
  return (def.checks ?? [])
    .map((check) => check._zod.def)
    .filter((check) => check.check === 'string_format' && check.format === 'regex' && check.pattern)
    .map((check) => check.pattern!.source);
}

/** The fields of an object schema, in declaration order. */
export function objectFields(schema: z.ZodType): FieldShape[] {
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type !== 'object') throw new Error(`objectFields: expected an object schema, got "${def.type}"`);
  return Object.entries(def.shape!).map(([name, field]) => describeField(name, field));
}

export function describeField(name: string, schema: z.ZodType): FieldShape {
  const { core, optional, defaultValue } = unwrap(schema);
  const def = defOf(core);
  const base = { name, required: !optional, ...(defaultValue !== undefined ? { defaultValue } : {}) };
  switch (def.type) {
    case 'string': {
      const patterns = stringPatterns(def);
      return { ...base, kind: 'string', ...(def.format ? { format: def.format } : {}), ...(patterns.length ? { patterns } : {}) };
    }
    case 'number': {
      const integer = def.format === 'safeint' || def.format === 'int32' || (def.checks ?? []).some((c) => c._zod.def.format === 'safeint');
      return { ...base, kind: integer ? 'integer' : 'number' };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'date':
      return { ...base, kind: 'date' };
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(def.entries!).map(String) };
    case 'literal':
      return { ...base, kind: 'enum', options: (def.values ?? []).map(String) };
    case 'array':
      return { ...base, kind: 'list', item: describeField(name, def.element!) };
    case 'object':
      return { ...base, kind: 'object', fields: objectFields(core) };
    case 'union': {
      if (def.discriminator) {
        const key = def.discriminator;
        const variants = def.options!.map((option) => {
          const fields = objectFields(option);
          const tag = fields.find((field) => field.name === key);
          return { value: tag?.options?.[0] ?? '?', fields: fields.filter((field) => field.name !== key) };
        });
        return { ...base, kind: 'variants', discriminator: key, variants };
      }
      return { ...base, kind: 'unknown' };
    }
    default:
      return { ...base, kind: 'unknown' };
  }
}

/** Dotted names of every field, nested ones included ("followUps.action", "contacts.web.url"). */
export function fieldPaths(fields: readonly FieldShape[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix + field.name;
    const inner =
      field.kind === 'object'
        ? fieldPaths(field.fields!, `${path}.`)
        : field.kind === 'list' && field.item!.kind === 'object'
          ? fieldPaths(field.item!.fields!, `${path}.`)
          : field.kind === 'list' && field.item!.kind === 'variants'
            ? field.item!.variants!.flatMap((v) => fieldPaths(v.fields, `${path}.${v.value}.`))
            : [];
    return [path, ...inner];
  });
}
