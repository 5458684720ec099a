import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { copyOfContent } from './support/content-dir.ts';

let content: ReturnType<typeof copyOfContent>;
afterEach(() => content?.remove());

/** A copy of the content with an (empty) content/pengaduan/ folder for recap files. */
function copyWithRecapFolder() {
  const copy = copyOfContent();
  mkdirSync(join(copy.root, 'pengaduan'), { recursive: true });
  return copy;
}

/** Adds a contact line under `contacts:` of a channel file. */
function addContact(file: string, yaml: string) {
  content.edit(file, (text) => text.replace(/^contacts:\n/m, `contacts:\n${yaml}`));
}

describe('checkContent on the channels (content/kanal)', () => {
  it('finds nothing wrong in the committed channels, guides and recaps', () => {
    expect(checkContent('content')).toEqual([]);
  });

  it('rejects a web address that is not https, naming the file, the line and the field', () => {
    content = copyOfContent();
    content.edit('kanal/lapor.yaml', (text) => text.replace('url: https://lapor.go.id', 'url: http://lapor.go.id'));

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/kanal\/lapor\.yaml$/);
    expect(problems[0]!.field).toBe('contacts[0].url');
    expect(problems[0]!.message).toContain('https://');
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a web address that is not a URL at all', () => {
    content = copyOfContent();
    content.edit('kanal/lapor.yaml', (text) => text.replace('url: https://lapor.go.id', 'url: lapor go id'));

    const problems = checkContent(content.root);

    expect(problems.map((problem) => [problem.file.replace(/^.*\/kanal\//, 'kanal/'), problem.field])).toEqual([['kanal/lapor.yaml', 'contacts[0].url']]);
  });

  it('rejects a malformed e-mail address', () => {
    content = copyOfContent();
    content.edit('kanal/gratifikasi.yaml', (text) => text.replace('address: pelaporan.gratifikasi@kpk.go.id', 'address: pelaporan.gratifikasi(at)kpk.go.id'));

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/kanal\/gratifikasi\.yaml$/);
    expect(problems[0]!.field).toMatch(/^contacts\[\d+\]\.address$/);
    expect(problems[0]!.message).toContain('e-mail');
  });

  it('rejects a phone number that is not dialled the Indonesian way', () => {
    content = copyOfContent();
    addContact('kanal/wbs.yaml', '  - type: phone\n    label: Telepon\n    number: "293-123456 ext. 5"\n');

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/kanal\/wbs\.yaml$/);
    expect(problems[0]!.field).toBe('contacts[0].number');
    expect(problems[0]!.message).toContain('Nomor telepon');
  });

  it('rejects an SMS number that is neither a short code nor a mobile number', () => {
    content = copyOfContent();
    content.edit('kanal/lapor.yaml', (text) => text.replace("number: '1708'", "number: '17'"));

    const problems = checkContent(content.root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('contacts[1].number');
    expect(problems[0]!.message).toContain('Nomor SMS');
  });

  it('accepts a contact whose value is left out until staff confirm it', () => {
    content = copyOfContent();
    addContact('kanal/ppid.yaml', '  - type: phone\n    label: Telepon PPID\n');

    expect(checkContent(content.root)).toEqual([]);
  });

  it('accepts a confirmed detail with the day it was verified', () => {
    content = copyOfContent();
    addContact('kanal/ppid.yaml', '  - type: phone\n    label: Telepon PPID\n    number: +62 293 123456\n    verifiedAt: 2022-06-30\n');

    expect(checkContent(content.root)).toEqual([]);
  });

  it('rejects an indicator code that the newest plan does not have', () => {
    content = copyOfContent();
    content.edit('kanal/wbs.yaml', (text) => text.replace('indicators: [V.4.1, V.4.2]', 'indicators: [V.4.1, V.4.9]'));

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'indicators[1]', message: expect.stringContaining('"V.4.9" tidak ada di rencana aksi 2022') })]);
  });
});

describe('checkContent on the guides (content/panduan) and the recap (content/pengaduan)', () => {
  it('rejects a guide that shows a channel which has no file', () => {
    content = copyOfContent();
    content.edit('panduan/gratifikasi.mdx', (text) => text.replace('channels: [gratifikasi]', 'channels: [gratifkasi]'));

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'channels[0]', message: expect.stringContaining('Kanal "gratifkasi" tidak ada') })]);
  });

  it('reports a guide file that a page needs but that is missing', () => {
    content = copyOfContent();
    rmSync(join(content.root, 'panduan/standar-pelayanan.mdx'));

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/panduan\/standar-pelayanan\.mdx$/), message: expect.stringContaining('/standar-pelayanan/') })]);
  });

  it('accepts an empty recap file as an honest "no figures yet"', () => {
    content = copyWithRecapFolder();
    content.write('pengaduan/2022.yaml', '# belum ada angka\nrows: []\n');

    expect(checkContent(content.root)).toEqual([]);
  });

  it('rejects a recap row for an unknown channel and a month written twice', () => {
    content = copyWithRecapFolder();
    const row = '  - { month: 3, channel: kantor, received: 2, followedUp: 2, finished: 1, medianWorkingDays: 4 }\n';
    content.write('pengaduan/2022.yaml', `rows:\n${row}${row}  - { month: 4, channel: surat, received: 1, followedUp: 0, finished: 0 }\n`);

    const problems = checkContent(content.root);

    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('Bulan 3 kanal "kantor" sudah tertulis')]);
  });

  it('rejects a recap row whose channel has no file, once the rows themselves are valid', () => {
    content = copyWithRecapFolder();
    content.write('pengaduan/2022.yaml', 'rows:\n  - { month: 4, channel: surat, received: 1, followedUp: 0, finished: 0 }\n');

    const problems = checkContent(content.root);

    expect(problems).toEqual([expect.objectContaining({ field: 'rows[0].channel', message: expect.stringContaining('Kanal "surat" tidak ada') })]);
  });
});
