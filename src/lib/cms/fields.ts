/**
 * Decap CMS form fields generated from the zod schemas (`src/schemas/collections.ts`): one field per
 * schema field, its widget chosen from the field's kind and format. A kind this generator does not
 * know becomes a text field with a hint, never dropped. The collections that use them: `config.ts`.
 */
import { collectionSpecs, type CollectionName } from '../../schemas/collections.ts';
import { cmsText, fieldText } from '../../i18n/cms.ts';
import type { Option } from './plan-options.ts';
import { objectFields, type FieldShape } from './zod-fields.ts';
import { DATE_WIDGET } from './widgets.ts';

/** A Decap CMS field (the subset of its options used here). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: (string | Option)[];
  multiple?: boolean;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  types?: CmsField[];
  typeKey?: string;
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  fields?: CmsField[];
  [option: string]: unknown;
}

/** Which collection of the registry each CMS collection edits, so tests can compare form and schema. */
export type CmsSchemaName = Extract<CollectionName, 'notes' | 'evidence' | 'surveys' | 'channels' | 'unit' | 'lkeMappings' | 'lkeAssessments'>;

/** Long free text gets a text area instead of a one-line input. */
const LONG_TEXT = new Set(['description', 'purpose', 'summary', 'confidentiality', 'method', 'action']);

const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

interface Context {
  collection: CmsSchemaName;
  /** Replaces the generated field for some dotted paths (choices from the plan, uploads). */
  overrides: Record<string, (field: CmsField, shape: FieldShape) => CmsField>;
}

function dateField(base: CmsField): CmsField {
  // typed as the clerk writes a date (30/06/2022, or 30062022) or picked on a calendar, stored as
  // YYYY-MM-DD (src/client/cms-date-widget.ts). Decap's datetime widget turned a typed year into 1902.
  return { ...base, widget: DATE_WIDGET, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', cmsText.datePattern] };
}

/**
 * An optional group's fields are not each required in the form: Decap would demand them even when
 * the whole group is left empty. The content check still requires them once the group is filled in.
 */
function optionalGroup(field: CmsField): CmsField {
  return { ...field, required: false, ...(field.fields ? { fields: field.fields.map(optionalGroup) } : {}) };
}

function toField(shape: FieldShape, path: string, context: Context): CmsField {
  const text = fieldText(context.collection, path);
  const base: CmsField = {
    name: shape.name,
    label: text.label,
    widget: 'string',
    required: shape.required,
    ...(text.hint ? { hint: text.hint } : {}),
    ...(shape.defaultValue !== undefined && !(Array.isArray(shape.defaultValue) && shape.defaultValue.length === 0) ? { default: shape.defaultValue } : {}),
  };
  const field = generated(shape, path, base, context);
  const override = context.overrides[path];
  return override ? override(field, shape) : field;
}

function generated(shape: FieldShape, path: string, base: CmsField, context: Context): CmsField {
  switch (shape.kind) {
    case 'string': {
      if (shape.format === 'date') return dateField(base);
      const widget = LONG_TEXT.has(shape.name) ? 'text' : 'string';
      if (shape.format === 'url') return { ...base, widget, pattern: ['^https://\\S+$', 'Alamat lengkap yang diawali https://'] };
      if (shape.format === 'email') return { ...base, widget, pattern: [EMAIL_PATTERN, 'Alamat e-mail, misalnya nama@kpu.go.id'] };
      if (shape.patterns?.length) return { ...base, widget, pattern: [shape.patterns[0]!, base.hint ?? 'Format tidak sesuai'] };
      return { ...base, widget };
    }
    case 'date':
      return dateField(base);
    case 'number':
    case 'integer':
      return { ...base, widget: 'number', value_type: shape.kind === 'integer' ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: shape.defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: shape.options! };
    case 'list': {
      const item = shape.item!;
      if (item.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: item.options! };
      if (item.kind === 'object') {
        return { ...base, widget: 'list', collapsed: false, fields: item.fields!.map((child) => toField(child, `${path}.${child.name}`, context)) };
      }
      if (item.kind === 'variants') {
        return {
          ...base,
          widget: 'list',
          typeKey: item.discriminator!,
          types: item.variants!.map((variant) => ({
            name: variant.value,
            label: variant.value,
            widget: 'object',
            fields: variant.fields.map((child) => toField(child, `${path}.${child.name}`, context)),
          })),
        };
      }
      const single = toField({ ...item, name: shape.name, required: true }, `${path}`, context);
      return { ...base, widget: 'list', field: { ...single, label: base.label } };
    }
    case 'object': {
      const fields = shape.fields!.map((child) => toField(child, `${path}.${child.name}`, context));
      return { ...base, widget: 'object', collapsed: !shape.required, fields: shape.required ? fields : fields.map(optionalGroup) };
    }
    case 'variants':
    case 'unknown':
    default:
      // a kind of field this generator does not know yet: shown as text, with a hint, never left out
      return { ...base, widget: 'string', hint: base.hint ?? cmsText.newField };
  }
}

export function fieldsOf(collection: CmsSchemaName, overrides: Context['overrides'] = {}): CmsField[] {
  return objectFields(collectionSpecs[collection].schema).map((shape) => toField(shape, shape.name, { collection, overrides }));
}

