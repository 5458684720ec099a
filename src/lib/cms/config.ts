/**
 * The Decap CMS configuration of /admin/, generated at build time from the collection registry
 * (`src/schemas/collections.ts`), the zod schemas and the content itself. Nothing here is a hand-kept
 * copy of a schema: a field added to a schema appears in the form at the next build (a field of a
 * kind this generator does not know becomes a text field, never dropped), and
 * `tests/unit/cms-config.test.ts` fails when form and schema differ.
 */
import { collectionSpecs, type CollectionName } from '../../schemas/collections.ts';
import { cmsText, fieldText } from '../../i18n/cms.ts';
import { dictionary } from '../../i18n/index.ts';
import { UNSUR } from '../survey/unsur.ts';
import type { ContentSet } from '../content-check/load.ts';
import { cmsOptions, type CmsOptions, type Option } from './plan-options.ts';
import { backendConfig, type BackendEnv } from './backend.ts';
import { objectFields, type FieldShape } from './zod-fields.ts';

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
export type CmsSchemaName = Extract<CollectionName, 'notes' | 'evidence' | 'surveys' | 'channels' | 'unit'>;

/** Path of the content folder inside the repository the CMS writes to (the proxy or the Git host). */
const CONTENT_DIR = 'content';

/** Long free text gets a text area instead of a one-line input. */
const LONG_TEXT = new Set(['description', 'purpose', 'summary', 'confidentiality', 'method', 'action']);

const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

interface Context {
  collection: CmsSchemaName;
  /** Replaces the generated field for some dotted paths (choices from the plan, uploads). */
  overrides: Record<string, (field: CmsField, shape: FieldShape) => CmsField>;
}

function dateField(base: CmsField): CmsField {
  // stored as YYYY-MM-DD without a time: a calendar day as picked on the staff member's own (WIB) clock
  return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
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
    case 'object':
      return { ...base, widget: 'object', collapsed: !shape.required, fields: shape.fields!.map((child) => toField(child, `${path}.${child.name}`, context)) };
    case 'variants':
    case 'unknown':
    default:
      // a kind of field this generator does not know yet: shown as text, with a hint, never left out
      return { ...base, widget: 'string', hint: base.hint ?? cmsText.newField.replace('{name}', path) };
  }
}

function fieldsOf(collection: CmsSchemaName, overrides: Context['overrides'] = {}): CmsField[] {
  return objectFields(collectionSpecs[collection].schema).map((shape) => toField(shape, shape.name, { collection, overrides }));
}

/** The field's name, label, hint, required and default only: what every widget understands. */
function plain({ name, label, required, hint, default: value }: CmsField): Pick<CmsField, 'name' | 'label' | 'required' | 'hint' | 'default'> {
  return { name, label, required, ...(hint ? { hint } : {}), ...(value !== undefined ? { default: value } : {}) };
}

const multiSelect = (options: Option[]) => (field: CmsField): CmsField => ({ ...plain(field), widget: 'select', multiple: true, options });
const singleSelect = (options: (string | Option)[]) => (field: CmsField): CmsField => ({ ...plain(field), widget: 'select', options });
const upload = (field: CmsField): CmsField => ({ ...plain(field), widget: 'file', choose_url: false });

/** A date field that must fall in the plan year (the content check says the same at build time). */
const inYear = (year: number) => (field: CmsField): CmsField => ({ ...field, pattern: [`^${year}-`, cmsText.yearPattern.replace('{year}', String(year))] });

const BODY = (collection: CmsSchemaName): CmsField => ({
  name: 'body',
  label: fieldText(collection, 'body').label,
  hint: fieldText(collection, 'body').hint,
  widget: 'markdown',
  // a text editor with a small toolbar (what staff expect), raw Markdown one switch away; the e2e
  // types into the rich-text editor and `npm run check` accepts what it writes
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  sanitize_preview: true,
});

function statusOptions(values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: (dictionary as Record<string, string>)[`status.${value}`] ?? value }));
}

/** Plain collection options shared by every folder collection. */
const FOLDER_DEFAULTS = { create: true, delete: false, summary: '{{title}}', sortable_fields: ['title'] };

function notesCollection(year: number, options: CmsOptions): CmsCollection {
  const plan = options.years.find((y) => y.year === year)!;
  const fields = fieldsOf('notes', {
    date: inYear(year),
    indicators: multiSelect(plan.indicators),
    status: (field, shape) => singleSelect(statusOptions(shape.options ?? []))(field),
    team: singleSelect(plan.teams),
    evidence: multiSelect(options.evidence),
  });
  return {
    ...FOLDER_DEFAULTS,
    name: `catatan-${year}`,
    label: cmsText.notesCollection.replace('{year}', String(year)),
    label_singular: 'catatan kemajuan',
    folder: `${CONTENT_DIR}/${year}/catatan`,
    extension: 'mdx',
    format: 'frontmatter',
    // file name = address /kemajuan/<name>/: year-month first, then the title, all lower case
    slug: '{{year}}-{{month}}-{{slug}}',
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    fields: [...fields, BODY('notes')],
  };
}

function evidenceCollection(year: number, options: CmsOptions): CmsCollection {
  const plan = options.years.find((y) => y.year === year)!;
  const fields = fieldsOf('evidence', {
    indicators: multiSelect(plan.indicators),
    file: upload,
  });
  return {
    ...FOLDER_DEFAULTS,
    name: `bukti-${year}`,
    label: cmsText.evidenceCollection.replace('{year}', String(year)),
    label_singular: 'bukti fisik',
    folder: `${CONTENT_DIR}/${year}/bukti`,
    extension: 'yaml',
    format: 'yaml',
    slug: '{{slug}}',
    // uploads land next to the YAML (the build publishes them from there); the field keeps the bare file name
    media_folder: '',
    public_folder: '',
    fields,
  };
}

function surveysCollection(options: CmsOptions): CmsCollection {
  const allCodes = options.years.flatMap((year) => year.indicators);
  const unsurNames = new Map<string, string>(UNSUR.map(({ code, name }) => [code, name]));
  const nrr = (field: CmsField): CmsField => ({
    ...field,
    fields: field.fields?.map((child) => ({ ...child, label: `${child.name} ${unsurNames.get(child.name) ?? ''}`.trim(), hint: undefined })),
  });
  const fields = fieldsOf('surveys', {
    'followUps.indicator': singleSelect(allCodes),
    'summary.nrr': nrr,
    responses: upload,
  });
  return {
    ...FOLDER_DEFAULTS,
    name: 'survei',
    label: cmsText.surveysCollection,
    label_singular: 'survei',
    folder: `${CONTENT_DIR}/survei`,
    // one folder per survey: content/survei/<id>/index.mdx, its responses.csv beside it
    path: '{{slug}}/index',
    extension: 'mdx',
    format: 'frontmatter',
    slug: '{{slug}}',
    media_folder: '',
    public_folder: '',
    fields: [...fields, BODY('surveys')],
  };
}

function channelsCollection(content: ContentSet, options: CmsOptions): CmsCollection {
  const newest = options.years.at(-1);
  const fields = fieldsOf('channels', newest ? { indicators: multiSelect(newest.indicators) } : {});
  return {
    name: 'kanal',
    label: cmsText.channelsCollection,
    delete: false,
    files: content.entries.channels
      .map((channel) => ({ name: channel.id, label: channel.data.name, file: `${CONTENT_DIR}/kanal/${channel.id}.yaml`, fields }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id')),
  };
}

function unitCollection(): CmsCollection {
  return {
    name: 'unit',
    label: cmsText.unitCollection,
    delete: false,
    files: [{ name: 'unit', label: cmsText.unitCollection, file: `${CONTENT_DIR}/unit.yaml`, fields: fieldsOf('unit') }],
  };
}

export interface CmsConfigOptions {
  env?: BackendEnv;
}

/** The whole configuration, as Decap CMS reads it from /admin/config.yml. */
export function buildCmsConfig(content: ContentSet, { env = {} }: CmsConfigOptions = {}): Record<string, unknown> {
  const options = cmsOptions(content);
  const years = options.years.map((y) => y.year);
  return {
    ...backendConfig(env),
    locale: 'id',
    // the CMS's own media library is not used: every upload belongs to one entry and lands next to it
    media_folder: `${CONTENT_DIR}/media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...years.toReversed().map((year) => notesCollection(year, options)),
      ...years.toReversed().map((year) => evidenceCollection(year, options)),
      surveysCollection(options),
      channelsCollection(content, options),
      unitCollection(),
    ],
  };
}

/** Which schema a CMS collection edits ("catatan-2022" → notes). */
export function schemaOfCollection(name: string): CmsSchemaName {
  if (name.startsWith('catatan-')) return 'notes';
  if (name.startsWith('bukti-')) return 'evidence';
  if (name === 'survei') return 'surveys';
  if (name === 'kanal') return 'channels';
  if (name === 'unit') return 'unit';
  throw new Error(`unknown CMS collection "${name}"`);
}
