import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { registerToCsv, registerToJson, registerToSha256 } from '../../src/lib/evidence/exports.ts';
import { buildAreaPack, packManifest, PACK_MANIFEST_COLUMNS } from '../../src/lib/evidence/pack.ts';
import { sha256Hex } from '../../src/lib/evidence/facts.ts';
import { buildRegister } from '../../src/lib/evidence/register.ts';
import { buildPlan } from '../../src/lib/plan/plan.ts';
import { evidenceExportSchema, EVIDENCE_CSV_COLUMNS } from '../../src/schemas/evidence-export.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { item } from './support/evidence.ts';

const { content } = loadContent('content');
const plan = buildPlan(content.entries.decrees[0]!.data, content.entries.areas.map((a) => a.data), content.entries.components);
const withBase = (path: string) => `/zona-integritas${path}`;

function fileItem(id: string, text: string, indicators = ['I.1.1']) {
  const data = new TextEncoder().encode(text);
  return { data, item: item({ id, indicators, href: `/2022/bukti/berkas/${id}.txt`, file: { name: `${id}.txt`, bytes: data.length, mediaType: 'text/plain', sha256: sha256Hex(data) } }) };
}

const first = fileItem('notulen', 'isi notulen\n');
const second = fileItem('foto, "rapat"', 'isi foto\n', ['I.1.1', 'I.2.1']);
const link = item({ id: 'tautan', indicators: ['I.2.1'], href: 'https://example.org/berita', external: true, kind: 'tautan', file: undefined });
const register = buildRegister(plan, [first.item, second.item, link]);

describe('registerToJson', () => {
  it('follows the public schema and lists every indicator of the plan', () => {
    const json = registerToJson(register, withBase);

    // the schema keeps what it knows: equal only when every field is valid and none is unknown to it
    expect(evidenceExportSchema.safeParse(json)).toEqual({ success: true, data: json });
    expect(json.indicators.map((indicator) => indicator.id)).toEqual(plan.indicators.map((indicator) => indicator.id));
  });

  it('gives file URLs with the base path and external URLs unchanged', () => {
    const items = registerToJson(register, withBase).indicators.find((indicator) => indicator.id === 'I.2.1')!.items;

    expect(items.map((entry) => entry.url)).toEqual(expect.arrayContaining(['/zona-integritas/2022/bukti/berkas/foto, "rapat".txt', 'https://example.org/berita']));
    expect(items.find((entry) => entry.id === 'tautan')).toMatchObject({ bytes: null, sha256: null, mediaType: null });
  });
});

describe('registerToCsv', () => {
  it('has the documented header and one row per item, quoting commas and quotes', () => {
    const parsed = Papa.parse<Record<string, string>>(registerToCsv(register, withBase), { header: true, skipEmptyLines: true });

    expect(parsed.meta.fields).toEqual([...EVIDENCE_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data.find((row) => row.id === 'foto, "rapat"')).toMatchObject({ indikator: 'I.1.1;I.2.1', bytes: String(second.data.length), sha256: second.item.file!.sha256 });
  });
});

describe('registerToSha256', () => {
  it('writes "<hash>  <path>" lines with paths relative to the site root', () => {
    const lines = registerToSha256(register).trimEnd().split('\n');

    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{64} {2}2022\/bukti\/berkas\/\S.*$/);
  });

  it('is accepted by sha256sum -c in a copy of the site', () => {
    const site = mkdtempSync(join(tmpdir(), 'pzi-sha-'));
    try {
      for (const { item: entry, data } of [first, second]) {
        const path = join(site, entry.href);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data);
      }
      writeFileSync(join(site, 'bukti.sha256'), registerToSha256(register));

      const output = execFileSync('sha256sum', ['-c', 'bukti.sha256'], { cwd: site, encoding: 'utf8' });

      expect(output.match(/: OK$/gm)).toHaveLength(2);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('buildAreaPack', () => {
  const areaI = register.areas.find(({ area }) => area.code === 'I')!;
  const files = new Map([first, second].map(({ item: entry, data }) => [entry.id, data]));
  const pack = (maxFileBytes: number) =>
    unzipSync(buildAreaPack({ year: 2022, area: areaI, read: (entry) => files.get(entry.id)!, maxFileBytes, href: withBase, siteUrl: 'https://contoh.test/' }));

  it('holds the area files byte for byte, a manifest, checksums and a README', () => {
    const zip = pack(1000);

    expect(Object.keys(zip).sort()).toEqual(['README.txt', 'SHA256SUMS', 'berkas/foto, "rapat".txt', 'berkas/notulen.txt', 'manifest.csv']);
    expect(zip['berkas/notulen.txt']).toEqual(first.data);
    expect(strFromU8(zip['SHA256SUMS']!)).toContain(`${first.item.file!.sha256}  berkas/notulen.txt`);
    expect(strFromU8(zip['manifest.csv']!).split('\n')[0]).toBe(PACK_MANIFEST_COLUMNS.join(','));
  });

  it('leaves out files over the limit and lists them in the README', () => {
    const zip = pack(first.data.length - 1);

    expect(zip['berkas/notulen.txt']).toBeUndefined();
    expect(strFromU8(zip['README.txt']!)).toContain('notulen.txt');
    expect(packManifest(areaI, first.data.length - 1, withBase)).toContain('tidak (terlalu besar)');
  });

  it('is the same ZIP every time for the same content', () => {
    const build = () => buildAreaPack({ year: 2022, area: areaI, read: (entry) => files.get(entry.id)!, maxFileBytes: 1000, href: withBase, siteUrl: 'x' });

    expect(sha256Hex(build())).toBe(sha256Hex(build()));
  });
});
