import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport, formatWarnings, inspectContent, isError } from '../../src/lib/content-check/index.ts';
import { checkNoteEvidence } from '../../src/lib/content-check/evidence-checks.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { MAX_FILE_BYTES } from '../../src/lib/evidence/limits.ts';
import { copyOfContent } from './support/content-dir.ts';

let content: ReturnType<typeof copyOfContent>;
afterEach(() => content?.remove());

const ITEM = 'title: Notulen rapat\ndate: 2022-05-12\nindicators: [II.1.1]\n';

/** Writes `2022/bukti/<name>.yaml` (and its file when given) into a fresh copy of content/. */
function withItem(yaml: string, files: Record<string, string> = {}, name = 'uji') {
  content = copyOfContent();
  content.write(`2022/bukti/${name}.yaml`, yaml);
  for (const [file, text] of Object.entries(files)) content.write(`2022/bukti/${file}`, text);
  return checkContent(content.root).filter(isError);
}

describe('checkContent on evidence items', () => {
  it('accepts the minimal item staff write: title, date, indicators and a file next to it', () => {
    expect(withItem(`${ITEM}file: notulen.pdf\n`, { 'notulen.pdf': '%PDF-1.4\n' })).toEqual([]);
  });

  it('rejects a file that does not exist, naming the YAML file and the field', () => {
    const problems = withItem(`${ITEM}file: tidak-ada.pdf\n`);

    expect(problems).toEqual([expect.objectContaining({ field: 'file', line: 4 })]);
    expect(problems[0]!.file).toMatch(/2022\/bukti\/uji\.yaml$/);
    expect(problems[0]!.message).toContain('"tidak-ada.pdf" tidak ditemukan');
  });

  it('rejects an unknown indicator code and suggests the codes of its component', () => {
    const problems = withItem('title: Notulen rapat\ndate: 2022-05-12\nindicators: [II.1.9]\nurl: https://example.org/a\n');

    expect(problems).toEqual([expect.objectContaining({ field: 'indicators[0]', line: 3 })]);
    expect(problems[0]!.message).toMatch(/Indikator "II\.1\.9" tidak ada di rencana aksi 2022\. Komponen II\.1 punya: II\.1\.1\./);
  });

  it('rejects both file and url, on the url field', () => {
    const problems = withItem(`${ITEM}file: notulen.pdf\nurl: https://example.org/a\n`, { 'notulen.pdf': 'x' });

    expect(problems).toEqual([expect.objectContaining({ field: 'url', message: expect.stringContaining('salah satu saja') })]);
  });

  it('rejects neither file nor url, on the file field', () => {
    const problems = withItem(ITEM);

    expect(problems).toEqual([expect.objectContaining({ field: 'file', message: expect.stringContaining('memerlukan file') })]);
  });

  it('rejects a file over the size limit and says the limit', () => {
    content = copyOfContent();
    content.write('2022/bukti/uji.yaml', `${ITEM}file: besar.pdf\n`);
    writeFileSync(join(content.root, '2022/bukti/besar.pdf'), '');
    truncateSync(join(content.root, '2022/bukti/besar.pdf'), MAX_FILE_BYTES + 1);

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'file', message: expect.stringContaining('lebih besar dari batas 25,0 MB') })]);
  });

  it('rejects a file name with capitals or spaces and says how to rename it', () => {
    const problems = withItem(`${ITEM}file: Daftar Hadir.PDF\n`, { 'Daftar Hadir.PDF': 'x' });

    expect(problems).toEqual([expect.objectContaining({ field: 'file', message: expect.stringContaining('huruf kecil') })]);
  });

  it('rejects a url that is neither https nor a site path', () => {
    expect(withItem(`${ITEM}url: ftp://example.org/a\n`)).toEqual([expect.objectContaining({ field: 'url' })]);
  });

  it.each([
    ['a /\\host path browsers open on another host', "'/\\evil.example/phish'"],
    ['a protocol-relative //host', '//evil.example/phish'],
    ['http://', 'http://example.org/a'],
    ['javascript:', 'javascript:alert(1)'],
    ['a site path with a backslash later', "'/2022/\\evil'"],
  ])('rejects %s as url', (_, url) => {
    expect(withItem(`${ITEM}url: ${url}\n`)).toEqual([expect.objectContaining({ field: 'url', message: expect.stringContaining('https://') })]);
  });

  it('accepts https and a site path as url', () => {
    expect(withItem(`${ITEM}url: https://example.org/a\n`)).toEqual([]);
    expect(withItem(`${ITEM}url: /2022/keputusan/\n`)).toEqual([]);
  });

  it('rejects personal data that is not redacted', () => {
    const problems = withItem(`${ITEM}url: https://example.org/a\npersonalData: true\n`);

    expect(problems).toEqual([expect.objectContaining({ field: 'redacted', line: 5, message: expect.stringContaining('belum disamarkan') })]);
  });

  it('rejects a step number the indicator does not have', () => {
    const problems = withItem(`${ITEM}url: https://example.org/a\nsatisfies: [2]\n`);

    expect(problems).toEqual([expect.objectContaining({ field: 'satisfies', message: expect.stringContaining('Nomor yang boleh: 1') })]);
  });

  it('rejects the same slug in two years, naming both files', () => {
    content = copyOfContent();
    mkdirSync(join(content.root, '2023/bukti'), { recursive: true });
    content.write('2023/bukti/keputusan-9-2022.yaml', `${ITEM}url: https://example.org/a\n`);

    const report = formatReport(checkContent(content.root));

    expect(report).toMatch(/2023\/bukti\/keputusan-9-2022\.yaml\n.*sudah dipakai bukti lain: .*2022\/bukti\/keputusan-9-2022\.yaml/);
  });

  it('warns, without failing, about a file no YAML names', () => {
    content = copyOfContent();
    content.write('2022/bukti/lupa.pdf', 'x');

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ level: 'warning', file: expect.stringMatching(/lupa\.pdf$/) })]);
    expect(problems.some(isError)).toBe(false);
    expect(formatWarnings(problems)).toContain('1 peringatan');
  });
});

describe('inspectContent', () => {
  it('passes the demo content, whose GPS photo says lokasiBoleh: true (the refusal itself: content-files.test.ts)', async () => {
    const problems = await inspectContent('tests/fixtures/demo');

    expect(problems).toEqual([]);
  });
});

describe('checkNoteEvidence', () => {
  it('reports a note that cites an evidence id that does not exist', () => {
    const { content: set } = loadContent('content');
    const note = { id: '2022/catatan-uji', file: 'content/2022/catatan/uji.mdx', data: { evidence: ['keputusan-9-2022', 'tidak-ada'] }, lineOf: () => 4 };
    // only the fields checkNoteEvidence reads: the rest of a note does not matter here
    const withNotes = { ...set, entries: { ...set.entries, notes: [note] } } as unknown as typeof set;

    expect(checkNoteEvidence(withNotes)).toEqual([expect.objectContaining({ file: note.file, field: 'evidence[1]', message: expect.stringContaining('"tidak-ada" tidak ditemukan') })]);
  });

  it('does nothing while there is no notes collection', () => {
    expect(checkNoteEvidence(loadContent('content').content)).toEqual([]);
  });
});
