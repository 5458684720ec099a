/**
 * The Decap CMS configuration of /admin/, generated at build time from the collection registry
 * (`src/schemas/collections.ts`), the zod schemas and the content itself. Nothing here is a hand-kept
 * copy of a schema: a field added to a schema appears in the form at the next build (a field of a
 * kind this generator does not know becomes a text field, never dropped), and
 * `tests/unit/cms-config.test.ts` fails when form and schema differ.
 */
import { cmsText, fieldText } from '../../i18n/cms.ts';
import { dictionary } from '../../i18n/index.ts';
import { UNSUR } from '../survey/unsur.ts';
import type { ContentSet } from '../content-check/load.ts';
import { cmsOptions, type CmsOptions, type Option } from './plan-options.ts';
import { backendConfig, cmsMode, type BackendEnv } from './backend.ts';
import { fieldsOf, type CmsCollection, type CmsField, type CmsSchemaName } from './fields.ts';
import { lkeCollections } from './lke-collections.ts';

/** Path of the content folder inside the repository the CMS writes to (the proxy or the Git host). */
const CONTENT_DIR = 'content';

/** The field's name, label, hint, required and default only: what every widget understands. */
function plain({ name, label, required, hint, default: value }: CmsField): Pick<CmsField, 'name' | 'label' | 'required' | 'hint' | 'default'> {
  return { name, label, required, ...(hint ? { hint } : {}), ...(value !== undefined ? { default: value } : {}) };
}

const multiSelect = (options: Option[]) => (field: CmsField): CmsField => ({ ...plain(field), widget: 'select', multiple: true, options });
const singleSelect = (options: (string | Option)[]) => (field: CmsField): CmsField => ({ ...plain(field), widget: 'select', options });
const upload = (field: CmsField): CmsField => ({ ...plain(field), widget: 'file', choose_url: false });

/** A date field that must fall in the plan year (the content check says the same at build time). */
const inYear = (year: number) => (field: CmsField): CmsField => ({ ...field, pattern: [`^${year}-\\d{2}-\\d{2}$`, cmsText.yearPattern.replaceAll('{year}', String(year))] });

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
  // Local mode: a clerk may delete an entry of a folder collection from its form (Decap asks first);
  // saved there means on this computer, not live, and the gate lets a delete touch content/ only. With
  // a Git host Decap deletes a published entry by a direct commit to the branch, outside review: no delete.
  const deletable = cmsMode(env) === 'local';
  const collections: CmsCollection[] = [
    ...years.toReversed().map((year) => notesCollection(year, options)),
    ...years.toReversed().map((year) => evidenceCollection(year, options)),
    ...years.toReversed().flatMap((year) => lkeCollections(year, content, options)),
    surveysCollection(options),
    channelsCollection(content, options),
    unitCollection(),
  ];
  return {
    ...backendConfig(env),
    locale: 'id',
    // the CMS's own media library is not used: every upload belongs to one entry and lands next to it
    media_folder: `${CONTENT_DIR}/media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections.map((collection) => (deletable && 'folder' in collection ? { ...collection, delete: true } : collection)),
  };
}

/** Which schema a CMS collection edits ("catatan-2022" → notes). */
export function schemaOfCollection(name: string): CmsSchemaName {
  if (name.startsWith('catatan-')) return 'notes';
  if (name.startsWith('bukti-')) return 'evidence';
  if (name === 'survei') return 'surveys';
  if (name === 'kanal') return 'channels';
  if (name === 'unit') return 'unit';
  if (name.startsWith('lke-pemetaan-')) return 'lkeMappings';
  if (name.startsWith('lke-penilaian-')) return 'lkeAssessments';
  throw new Error(`unknown CMS collection "${name}"`);
}
