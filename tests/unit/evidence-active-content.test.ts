// Evidence an evaluator opens safely (src/lib/evidence/active-content.ts): PDFs that would run or launch
// something, CSV cells a spreadsheet computes, archive entries written outside their folder.
import { deflateSync } from 'node:zlib';
import { globSync, readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { activeContentProblem, formulaCells, unsafeEntryName } from '../../src/lib/evidence/active-content.ts';
import { tinyPdf } from '../e2e/support/history-repo.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = (extra: string) => bytes(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R ${extra} >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** A PDF 1.5 whose action dictionary lives only inside a compressed object stream. */
function pdfWithObjectStream(action: string): Uint8Array {
  const objects = `5 0 ${action}`;
  const stream = deflateSync(Buffer.from(objects));
  const head = Buffer.from(`%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${stream.length} >>\nstream\n`);
  return new Uint8Array(Buffer.concat([head, stream, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]));
}

describe('PDFs', () => {
  it.each([
    ['JavaScript', '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>', /^PDF "a\.pdf" berisi JavaScript/],
    ['a name written with #-escapes', '/OpenAction << /S /J#61vaScript /JS (x) >>', /^PDF "a\.pdf" berisi JavaScript/],
    ['a Launch action', '/OpenAction << /S /Launch /F (cmd.exe) >>', /Launch/],
    ['an embedded file', '/Names << /EmbeddedFiles << /Names [(a.exe) 9 0 R] >> >>', /EmbeddedFiles/],
    ['a form that sends data', '/AcroForm << /Fields [] >> /AA << /WC << /S /SubmitForm /F (https://x.invalid) >> >>', /SubmitForm/],
  ])('refuses %s', (_, extra, message) => {
    expect(activeContentProblem('a.pdf', 'application/pdf', pdf(extra))).toMatch(message);
  });

  it('finds an action hidden in a compressed object stream', () => {
    expect(activeContentProblem('a.pdf', 'application/pdf', pdfWithObjectStream('<< /S /JavaScript /JS (app.alert(1)) >>'))).toMatch(/^PDF "a\.pdf" berisi JavaScript/);
    expect(activeContentProblem('a.pdf', 'application/pdf', pdfWithObjectStream('<< /S /URI /URI (https://kpu.go.id/) >>'))).toBeUndefined();
  });

  it('accepts ordinary PDFs, the demo evidence included', () => {
    expect(activeContentProblem('a.pdf', 'application/pdf', bytes(tinyPdf('biasa')))).toBeUndefined();
    const files = globSync('tests/fixtures/demo/*/bukti/*.pdf');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(activeContentProblem(file, 'application/pdf', new Uint8Array(readFileSync(file))), file).toBeUndefined();
  });

  it('reads a PDF of nothing but name tokens (the worst case: every byte is searched) in linear time', () => {
    // 5 MB here to keep the suite quick; 25 MB (the evidence limit) scales linearly from it
    const big = pdf(`/Padding (${'ab/cd /Ef#20 '.repeat(400_000)})`);
    const started = performance.now();
    expect(activeContentProblem('a.pdf', 'application/pdf', big)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(6_000);
  }, 30_000);

  it('refuses an object stream it cannot read, and one that inflates past the bound, instead of calling it clean', () => {
    const broken = pdfWithObjectStream('<< /S /JavaScript >>');
    broken.set(bytes('xxxxxxxx'), broken.indexOf(0x78, new TextDecoder('latin1').decode(broken).indexOf('stream\n') + 7));
    expect(activeContentProblem('a.pdf', 'application/pdf', broken)).toMatch(/tidak dapat diperiksa/);
    const bomb = pdfWithObjectStream(`<< /Isi (${'a'.repeat(20 * 1024 * 1024)}) >>`);
    expect(activeContentProblem('a.pdf', 'application/pdf', bomb)).toMatch(/tidak dapat diperiksa[\s\S]*terlalu besar/);
  });
});

describe('CSVs', () => {
  it('finds formula cells, not negative numbers or phone numbers', () => {
    expect(formulaCells('nama,nilai\nAni,-5\nBudi,+62 812 3456\nCici,"-1.234,5"\nDedi,12%\n')).toEqual([]);
    expect(formulaCells('a;b\n1;=1+1\n@SUM(A1);2\nx,-2+3\ny,+cmd|calc\n').map((cell) => cell.line)).toEqual([2, 3, 4, 5]);
  });

  it('refuses a CSV with a formula cell, quoting it with its line', () => {
    expect(activeContentProblem('a.csv', 'text/csv', bytes('nama\n=HYPERLINK("https://x.invalid")\n'))).toMatch(/baris 2; mis\. "=HYPERLINK/);
  });
});

describe('archives', () => {
  it('knows which entry names leave their folder', () => {
    expect(['../x', 'a/../../x', '/etc/x', '\\\\server\\x', 'C:\\x', 'a\\..\\x'].every(unsafeEntryName)).toBe(true);
    expect(['a/b.txt', 'a..b/c', '.../x'].some(unsafeEntryName)).toBe(false);
  });

  it('refuses an archive with a ../ entry, or with a formula CSV inside, and accepts an ordinary one', () => {
    expect(activeContentProblem('a.zip', 'application/zip', zipSync({ '../luar.txt': strToU8('x') }))).toMatch(/menunjuk ke luar foldernya \("\.\.\/luar\.txt"\)/);
    expect(activeContentProblem('a.zip', 'application/zip', zipSync({ 'data/hadir.csv': strToU8('nama\n=1+1\n') }))).toMatch(/"data\/hadir\.csv" di dalam arsip "a\.zip" berisi sel yang akan dihitung sebagai rumus/);
    expect(activeContentProblem('a.zip', 'application/zip', zipSync({ 'data/hadir.csv': strToU8('nama,nilai\nAni,-5\n'), 'foto/a.txt': strToU8('x') }))).toBeUndefined();
  });
});
