/**
 * The CMS configuration (/admin/config.json) is generated from the collection registry, the zod
 * schemas and the content: form and schema never differ, the choices are the plan's real ones, and a
 * new plan year brings its own choices with no code change.
 */
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { noteStatus } from '../../src/schemas/note.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { buildCmsConfig, schemaOfCollection } from '../../src/lib/cms/config.ts';
import type { CmsCollection, CmsField } from '../../src/lib/cms/fields.ts';
import { formFieldPaths, formSchemaDifference, formsOf } from '../../src/lib/cms/compare.ts';
import { describeField, objectFields } from '../../src/lib/cms/zod-fields.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function configOf(root: string, env = {}) {
  const { content } = loadContent(root);
  return buildCmsConfig(content, { env }) as { collections: CmsCollection[]; [key: string]: unknown };
}

const config = configOf('content');
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[] | undefined, name: string) => fields!.find((f) => f.name === name)!;
const values = (f: CmsField) => f.options!.map((o) => (typeof o === 'string' ? o : o.value));

/** The indicator codes of a plan year read straight from its component files, independently of the generator. */
function codesInFiles(root: string, year: number): string[] {
  return globSync(`${year}/komponen/*.mdx`, { cwd: root }).flatMap((file) => {
    const front = parse(readFileSync(path.join(root, file), 'utf8').split(/^---$/m)[1]!) as { code: string; indicators: unknown[] };
    return front.indicators.map((_, i) => `${front.code}.${i + 1}`);
  });
}

describe('form and schema are one', () => {
  const forms = config.collections.flatMap((c) => formsOf(c).map((form) => ({ ...form, schema: collectionSpecs[schemaOfCollection(c.name)].schema })));

  it('covers notes, evidence, surveys, channels, the unit and the LKE mapping and self-assessment', () => {
    expect(config.collections.map((c) => schemaOfCollection(c.name)).sort()).toEqual(['channels', 'evidence', 'lkeAssessments', 'lkeMappings', 'notes', 'surveys', 'unit']);
  });

  it.each(forms)('$name: every schema field is in the form and every form field in the schema', ({ fields, schema }) => {
    expect(formSchemaDifference(fields, schema)).toEqual({ missingInForm: [], unknownToSchema: [] });
  });

  it('reports a schema field missing from the form, and a form field the schema does not know', () => {
    const notes = collection('catatan-2022').fields!;
    const withoutTeam = notes.filter((f) => f.name !== 'team');
    expect(formSchemaDifference(withoutTeam, collectionSpecs.notes.schema).missingInForm).toEqual(['team']);
    const withExtra = [...notes, { name: 'lokasi', label: 'Lokasi', widget: 'string' }];
    expect(formSchemaDifference(withExtra, collectionSpecs.notes.schema).unknownToSchema).toEqual(['lokasi']);
  });

  it('a new schema field reaches the form, a kind it does not know as a text field with a hint (never dropped)', () => {
    const extended = z.strictObject({
      title: z.string(),
      exifLocationAllowed: z.boolean().default(false),
      portal: z.strictObject({ address: z.url(), confirmed: z.boolean() }).optional(),
      weird: z.bigint().optional(),
      mapping: z.record(z.string(), z.string()).optional(),
    });
    const shapes = objectFields(extended);
    expect(shapes.map((s) => [s.name, s.kind])).toEqual([
      ['title', 'string'],
      ['exifLocationAllowed', 'boolean'],
      ['portal', 'object'],
      ['weird', 'unknown'],
      ['mapping', 'unknown'],
    ]);
    expect(describeField('x', z.string().transform((s) => s.length)).kind).toBe('string');
    expect(describeField('x', z.preprocess((v) => v, z.number().int())).kind).toBe('integer');
  });

  it('labels come from the Indonesian strings; a field without one keeps its name and says so', () => {
    const notes = collection('catatan-2022').fields!;
    expect(field(notes, 'date').label).toBe('Tanggal');
    expect(field(notes, 'team').label).toBe('Tim');
    const evidence = collection('bukti-2022').fields!;
    expect(field(evidence, 'personalData').label).toBe('Memuat data pribadi');
  });
});

describe('choices come from the plan and the content', () => {
  const notes = collection('catatan-2022').fields!;

  it('2022 offers exactly the 65 indicator codes of the plan, with their text', () => {
    const indicators = field(notes, 'indicators');
    expect(indicators).toMatchObject({ widget: 'select', multiple: true, required: true });
    expect(values(indicators)).toHaveLength(65);
    expect(new Set(values(indicators))).toEqual(new Set(codesInFiles('content', 2022)));
    const v32 = indicators.options!.find((o) => typeof o !== 'string' && o.value === 'V.3.2');
    expect(v32).toMatchObject({ label: expect.stringContaining('Hasil penanganan Pengaduan masyarakat') });
  });

  it('2022 offers exactly the 6 teams of the plan', () => {
    const teams = field(notes, 'team');
    expect(teams.widget).toBe('select');
    const fromAreas = new Set(globSync('2022/area/*.yaml', { cwd: 'content' }).map((f) => (parse(readFileSync(path.join('content', f), 'utf8')) as { team: string }).team));
    expect(values(teams)).toHaveLength(6);
    expect(new Set(values(teams))).toEqual(fromAreas);
  });

  it('statuses are the schema enum; evidence ids are the evidence files', () => {
    expect(values(field(notes, 'status'))).toEqual(noteStatus.options);
    const ids = globSync('*/bukti/*.yaml', { cwd: 'content' }).map((f) => path.basename(f, '.yaml')).sort();
    expect(values(field(notes, 'evidence')).sort()).toEqual(ids);
  });

  it('a note date outside the plan year is refused by the form (the content check refuses it too)', () => {
    const [pattern] = field(notes, 'date').pattern!;
    expect(new RegExp(pattern).test('2022-06-15')).toBe(true);
    expect(new RegExp(pattern).test('2023-01-02')).toBe(false);
  });

  it('uploads land next to the entry: evidence file and survey answers', () => {
    const evidence = collection('bukti-2022');
    expect(evidence).toMatchObject({ folder: 'content/2022/bukti', media_folder: '', public_folder: '' });
    expect(field(evidence.fields, 'file').widget).toBe('file');
    const surveys = collection('survei');
    expect(surveys).toMatchObject({ folder: 'content/survei', path: '{{slug}}/index', media_folder: '' });
    expect(field(surveys.fields, 'responses').widget).toBe('file');
  });

  it('channels and the unit are files collections over the existing files', () => {
    const channels = collection('kanal');
    expect(channels.files!.map((f) => f.file).sort()).toEqual(globSync('kanal/*.yaml', { cwd: 'content' }).map((f) => `content/${f}`).sort());
    expect(collection('unit').files!.map((f) => f.file)).toEqual(['content/unit.yaml']);
  });

  it('a content/2023/ plan adds its codes and teams with no code change', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pzi-cms-2023-'));
    temps.push(root);
    cpSync('content', root, { recursive: true });
    mkdirSync(path.join(root, '2023/area'), { recursive: true });
    mkdirSync(path.join(root, '2023/komponen'), { recursive: true });
    const decree = readFileSync('content/2022/keputusan.yaml', 'utf8').replace(/^year: 2022$/m, 'year: 2023');
    writeFileSync(path.join(root, '2023/keputusan.yaml'), decree);
    writeFileSync(
      path.join(root, '2023/area/i.yaml'),
      readFileSync('content/2022/area/i.yaml', 'utf8').replace(/^team: .*$/m, 'team: Tim Manajemen Perubahan 2023'),
    );
    writeFileSync(
      path.join(root, '2023/komponen/i-1.mdx'),
      '---\ncode: I.1\narea: I\ntitle: Penyusunan Tim Kerja\nindicators:\n  - text: Tim kerja 2023 telah dibentuk\n    actions:\n      - step: Menerbitkan SK tim 2023\n        evidence: SK tim\n        months: [1]\n  - text: Tim kerja 2023 telah bekerja\n    actions:\n      - step: Rapat tim\n        evidence: Notulen\n        months: [2, 3]\n---\n\nUraian.\n',
    );
    const next = configOf(root);
    const names = next.collections.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['catatan-2023', 'bukti-2023', 'catatan-2022', 'bukti-2022']));
    const notes2023 = next.collections.find((c) => c.name === 'catatan-2023')!;
    expect(notes2023.folder).toBe('content/2023/catatan');
    expect(values(field(notes2023.fields, 'indicators'))).toEqual(['I.1.1', 'I.1.2']);
    expect(values(field(notes2023.fields, 'team'))).toEqual(['Tim Manajemen Perubahan 2023']);
    expect(field(notes2023.fields, 'date').pattern![0]).toBe('^2023-\\d{2}-\\d{2}$');
    // 2022 is untouched
    expect(values(field(next.collections.find((c) => c.name === 'catatan-2022')!.fields, 'indicators'))).toHaveLength(65);
  });
});

describe('backend', () => {
  it('local mode works only through the local proxy on this machine', () => {
    const local = configOf('content', { PZI_CMS_BACKEND: 'local' });
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.local_backend).toMatchObject({ allowed_hosts: ['localhost', '127.0.0.1'] });
  });

  it('without settings there is no backend at all (the page says the editor is not set up)', () => {
    expect(config.backend).toBeUndefined();
    expect(config.local_backend).toBeUndefined();
  });

  it('GitHub and GitLab review every change as a pull request; Gitea commits to its own branch', () => {
    const github = configOf('content', { PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/portal' });
    expect(github).toMatchObject({ backend: { name: 'github', repo: 'kpu/portal', branch: 'main' }, publish_mode: 'editorial_workflow' });
    // a Git host never falls back to the local proxy (it would reach the visitor's own loopback)
    expect(github.local_backend).toBeUndefined();
    const gitea = configOf('content', { PZI_CMS_BACKEND: 'gitea', PZI_CMS_REPO: 'kpu/portal', PZI_CMS_API_ROOT: 'https://git.example/api/v1', PZI_CMS_APP_ID: 'abc' });
    expect(gitea).toMatchObject({ backend: { name: 'gitea', branch: 'isi', api_root: 'https://git.example/api/v1', app_id: 'abc', auth_type: 'pkce' }, publish_mode: 'simple' });
  });

  it('an entry can be deleted from its form in local mode only (a Git host would delete outside review); single files never', () => {
    const deletable = (env: Record<string, string>) =>
      configOf('content', env).collections.filter((c) => (c as { delete?: boolean }).delete).map((c) => c.name);
    const local = deletable({ PZI_CMS_BACKEND: 'local' });
    expect(local).toEqual(expect.arrayContaining(['catatan-2022', 'bukti-2022', 'survei']));
    expect(local).not.toContain('kanal');
    expect(local).not.toContain('unit');
    expect(deletable({ PZI_CMS_BACKEND: 'github', PZI_CMS_REPO: 'kpu/portal' })).toEqual([]);
    expect(deletable({})).toEqual([]);
  });

  it('form paths use the schema notation', () => {
    expect(formFieldPaths(collection('kanal').files![0]!.fields)).toContain('contacts.web.url');
  });
});

describe('labels a clerk reads', () => {
  it('every form field has its Indonesian label from src/i18n/cms.ts (none falls back to its key)', () => {
    const unlabelled = (fields: CmsField[] | undefined, prefix: string): string[] =>
      (fields ?? []).flatMap((f) => [
        ...(f.label === f.name && f.name !== 'body' ? [`${prefix}${f.name}`] : []),
        ...unlabelled(f.fields, `${prefix}${f.name}.`),
        ...(f.types ?? []).flatMap((type) => unlabelled(type.fields, `${prefix}${f.name}.${type.name}.`)),
      ]);
    const found = config.collections.flatMap((c) => [...unlabelled(c.fields, `${c.name}/`), ...(c.files ?? []).flatMap((file) => unlabelled(file.fields, `${c.name}/${file.name}/`))]);
    expect(found).toEqual([]);
  });
});
