import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, errorsOnly, formatReport } from '../../src/lib/content-check/index.ts';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { parseResponses } from '../../src/lib/survey/responses.ts';
import { copyOfContent } from './support/content-dir.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = 'U1,U2,U3,U4,U5,U6,U7,U8,U9';
const GOOD_ROW = '4,3,3,4,3,3,4,3,3';
const MINIMAL = '---\ntitle: Survei uji\nstart: 2022-12-01\nend: 2022-12-31\n---\n';

let content: ReturnType<typeof copyOfContent>;
afterEach(() => content?.remove());

/** A copy of the real content with one survey folder `survei/uji/` holding the given files. */
function withSurvey(files: { index?: string; csv?: string }) {
  content = copyOfContent();
  mkdirSync(join(content.root, 'survei', 'uji'), { recursive: true });
  content.write('survei/uji/index.mdx', files.index ?? MINIMAL);
  if (files.csv !== undefined) content.write('survei/uji/responses.csv', files.csv);
  return checkContent(content.root);
}

describe('parseResponses', () => {
  it('reads a semicolon-separated file as spreadsheets in Indonesian locales save it', () => {
    const { responses, issues } = parseResponses(`${HEADER.replaceAll(',', ';')}\n${GOOD_ROW.replaceAll(',', ';')}\n`);

    expect(issues).toEqual([]);
    expect(responses?.respondents).toBe(1);
  });

  it('counts lines as an editor does, across blank lines, CRLF and quoted line breaks', () => {
    const csv = `layanan,${HEADER}\r\n"Help\r\ndesk",${GOOD_ROW}\r\n\r\nPPID,${GOOD_ROW.replace('4', '7')}\r\n`;

    const { issues } = parseResponses(csv);

    expect(issues).toEqual([expect.objectContaining({ line: 5, column: 'U1' })]);
  });

  it('ignores an unknown column with a warning and still computes', () => {
    const { responses, issues } = parseResponses(`nama,${HEADER}\nAni,${GOOD_ROW}\n`);

    expect(responses?.respondents).toBe(1);
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', line: 1, column: 'nama' })]);
  });

  it('rejects a row with a missing separator', () => {
    const { issues } = parseResponses(`${HEADER}\n${GOOD_ROW}\n4,3,3,4,3,3,4,3\n`);

    expect(issues).toEqual([expect.objectContaining({ line: 3 })]);
    expect(issues[0]!.message).toContain('8 kolom');
  });

  it('rejects a decimal answer as outside 1–4', () => {
    const { issues } = parseResponses(`${HEADER}\n3.5,3,3,4,3,3,4,3,3\n`);

    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'U1' })]);
    expect(issues[0]!.message).toContain('di luar 1–4');
  });

  it('rejects an unsur nobody answered, since its NRR cannot exist', () => {
    const { issues } = parseResponses(`${HEADER}\n4,3,3,,3,3,4,3,3\n`);

    expect(issues).toEqual([expect.objectContaining({ line: 1, column: 'U4' })]);
  });
});

describe('checkContent on surveys', () => {
  it('accepts the minimal survey staff will add: title, start, end and a responses.csv', () => {
    const problems = withSurvey({ csv: `${HEADER}\n${GOOD_ROW}\n` });

    expect(problems).toEqual([]);
  });

  it('rejects an answer outside 1–4, naming the survey, the file, the line and the column', () => {
    const problems = withSurvey({ csv: `${HEADER}\n${GOOD_ROW}\n4,3,3,5,3,3,4,3,3\n` });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, field: 'U4' });
    expect(problems[0]!.file).toMatch(/survei\/uji\/responses\.csv$/);
    expect(problems[0]!.message).toMatch(/^Survei "uji": Jawaban 5 \(kolom D\) di luar 1–4/);
  });

  it('rejects a missing U column on line 1', () => {
    const problems = withSurvey({ csv: 'U1,U2,U3,U4,U5,U6,U7,U8\n4,3,3,4,3,3,4,3\n' });

    expect(problems).toEqual([expect.objectContaining({ line: 1, field: 'U9' })]);
    expect(problems[0]!.message).toContain('Kolom U9 (Sarana dan Prasarana) tidak ada');
  });

  it('rejects a non-numeric cell with its line and column', () => {
    const problems = withSurvey({ csv: `${HEADER}\n${GOOD_ROW}\n${GOOD_ROW}\n4,3,3,4,3,3,tiga,3,3\n` });

    expect(problems).toEqual([expect.objectContaining({ line: 4, field: 'U7' })]);
    expect(problems[0]!.message).toContain('"tiga" (kolom G) bukan angka');
  });

  it('rejects an empty file', () => {
    const problems = withSurvey({ csv: '' });

    expect(problems).toEqual([expect.objectContaining({ line: 1 })]);
    expect(problems[0]!.message).toMatch(/^Survei "uji": Berkas kosong/);
  });

  it('rejects a file with a header and no respondents', () => {
    const problems = withSurvey({ csv: `${HEADER}\n` });

    expect(problems).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('keeps an unknown column a warning, which does not stop the build', () => {
    const problems = withSurvey({ csv: `catatan,${HEADER}\nramah,${GOOD_ROW}\n` });

    expect(problems).toEqual([expect.objectContaining({ level: 'warning', line: 1, field: 'catatan' })]);
    expect(errorsOnly(problems)).toEqual([]);
  });

  it('warns about a response dated outside the survey period, with its line', () => {
    const problems = withSurvey({ csv: `tanggal,${HEADER}\n2022-12-05,${GOOD_ROW}\n2023-01-02,${GOOD_ROW}\n` });

    expect(problems).toEqual([expect.objectContaining({ level: 'warning', line: 3, field: 'tanggal' })]);
  });

  it('rejects a survey with neither responses.csv nor a summary', () => {
    const problems = withSurvey({});

    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('belum punya hasil');
  });

  it('rejects a survey with both responses.csv and a summary', () => {
    const nrr = Array.from({ length: 9 }, (_, index) => `    U${index + 1}: 3.1`).join('\n');
    const index = MINIMAL.replace('---\n', '').replace(/---\n$/, '');
    const problems = withSurvey({ index: `---\n${index}summary:\n  respondents: 40\n  nrr:\n${nrr}\n---\n`, csv: `${HEADER}\n${GOOD_ROW}\n` });

    // line 6: the first line of the summary block (lineOf points at a field's value)
    expect(problems).toEqual([expect.objectContaining({ field: 'summary', line: 6 })]);
  });

  it('rejects a summary that misses an unsur', () => {
    const nrr = Array.from({ length: 8 }, (_, index) => `    U${index + 1}: 3.1`).join('\n');
    const index = MINIMAL.replace('---\n', '').replace(/---\n$/, '');
    const problems = withSurvey({ index: `---\n${index}summary:\n  respondents: 40\n  nrr:\n${nrr}\n---\n` });

    expect(problems).toEqual([expect.objectContaining({ field: 'summary.nrr.U9' })]);
  });

  it('rejects an IPKP survey without its score', () => {
    const problems = withSurvey({ index: MINIMAL.replace('start:', 'type: ipkp\nofficial: true\nstart:') });

    expect(problems).toEqual([expect.objectContaining({ field: 'type', line: 3 })]);
  });

  it('rejects a follow-up pointing at an indicator the plan does not have', () => {
    const index = MINIMAL.replace(/---\n$/, 'followUps:\n  - action: Menambah kursi tunggu\n    status: berjalan\n    due: 2023-03-01\n    indicator: VI.3.9\n---\n');

    const problems = withSurvey({ index, csv: `${HEADER}\n${GOOD_ROW}\n` });

    expect(problems).toEqual([expect.objectContaining({ field: 'followUps[0].indicator', line: 9 })]);
  });

  it('stops the build before anything is written, with the line in the report', async () => {
    withSurvey({ csv: `${HEADER}\n4,3,3,0,3,3,4,3,3\n` });
    const previous = process.env.PZI_CONTENT;
    process.env.PZI_CONTENT = content.root;
    const setup = contentGuard().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    try {
      // the refusal Astro prints: the whole report, no stack (unless PZI_DEBUG=1)
      const refusal = await setup({ command: 'build', logger: { info() {}, warn() {} } }).then(() => undefined, (error: Error) => error);
      expect(refusal?.message).toMatch(/survei\/uji\/responses\.csv:2 · kolom U4/);
      expect(refusal?.stack).toBe('');
    } finally {
      if (previous === undefined) delete process.env.PZI_CONTENT;
      else process.env.PZI_CONTENT = previous;
    }
  });

  it('is skipped only where Vitest loads the config to compile components (`dev` under VITEST)', async () => {
    withSurvey({ csv: `${HEADER}\n4,3,3,0,3,3,4,3,3\n` });
    const previous = process.env.PZI_CONTENT;
    process.env.PZI_CONTENT = content.root;
    // As astro.config.mjs configures it, which is what Vitest loads to compile components.
    const setup = contentGuard({ skipDevUnderVitest: true }).hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    const hooks = () => ({ logger: { info: vi.fn(), warn: vi.fn() }, addMiddleware: vi.fn(), updateConfig: vi.fn() });

    try {
      // under Vitest, `dev` checks nothing and adds nothing
      const underVitest = hooks();
      await setup({ command: 'dev', ...underVitest });
      expect([underVitest.logger.warn, underVitest.logger.info, underVitest.addMiddleware, underVitest.updateConfig].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0]);
      // a real `astro dev` (no VITEST) checks and reports the same broken survey
      vi.stubEnv('VITEST', '');
      const preview = hooks();
      await setup({ command: 'dev', ...preview });
      expect(preview.logger.warn).toHaveBeenCalledWith(expect.stringMatching(/responses\.csv:2/));
      vi.unstubAllEnvs();
      // and a build is never skipped
      await expect(setup({ command: 'build', ...hooks() })).rejects.toThrow(/responses\.csv:2/);
    } finally {
      vi.unstubAllEnvs();
      if (previous === undefined) delete process.env.PZI_CONTENT;
      else process.env.PZI_CONTENT = previous;
    }
  });

  it('says in the report which survey and column are wrong', () => {
    const problems = withSurvey({ csv: `${HEADER}\n4,3,3,4,3,3,4,3,x\n` });

    expect(formatReport(problems)).toMatch(/responses\.csv:2 · kolom U9\n {4}Survei "uji": Isi "x"/);
  });
});
