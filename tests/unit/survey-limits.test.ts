// A responses file is bounded (size, rows, cell length), validated in linear time, and carries no
// control characters onto pages or into exports (src/lib/survey/responses.ts).
import { describe, expect, it } from 'vitest';
import { parseResponses, RESPONSES_LIMITS, responsesSizeIssue } from '../../src/lib/survey/responses.ts';

const HEADER = 'U1,U2,U3,U4,U5,U6,U7,U8,U9';
const GOOD = '4,3,3,4,3,3,4,3,3';

describe('responses.csv limits', () => {
  it('validates many bad rows in linear time, reporting each column as one group with its lines', () => {
    const rows = RESPONSES_LIMITS.rows;
    // every answer wrong: each row is also looked up among the rows already reported
    const text = `${HEADER}\n${'7,7,7,7,7,7,7,7,7\n'.repeat(rows)}`;
    const started = performance.now();
    const { issues } = parseResponses(text);
    const seconds = (performance.now() - started) / 1000;

    expect(issues).toHaveLength(9);
    expect(issues[0]!.message).toMatch(new RegExp(`baris 2–${rows + 1} \\(${rows} baris\\): Jawaban 7`));
    expect(seconds).toBeLessThan(10);
  });

  it('stops reading past the row limit and says so', () => {
    const { issues, responses } = parseResponses(`${HEADER}\n${`${GOOD}\n`.repeat(RESPONSES_LIMITS.rows + 5)}`);
    expect(responses).toBeUndefined();
    expect(issues.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/lebih dari 100\.000 baris jawaban/));
  });

  it('refuses a file over the size limit from its size alone', () => {
    expect(responsesSizeIssue(RESPONSES_LIMITS.bytes)).toBeUndefined();
    expect(responsesSizeIssue(RESPONSES_LIMITS.bytes + 1)?.message).toMatch(/lebih besar dari batas 10 MB/);
    expect(parseResponses(new Uint8Array(RESPONSES_LIMITS.bytes + 1)).issues[0]!.message).toMatch(/lebih besar dari batas 10 MB/);
  });

  it('refuses a long cell, naming its line and column, so it is never published', () => {
    const { issues, responses } = parseResponses(`${HEADER},Pekerjaan\n${GOOD},${'x'.repeat(20_000)}\n`);
    expect(responses).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ line: 2, column: 'Pekerjaan', message: expect.stringMatching(/kolom J\) panjangnya 20000 karakter, lebih dari batas 200/) })]);
  });

  it('refuses control characters (NUL, escape) in a cell', () => {
    const { issues, responses } = parseResponses(`${HEADER},Pekerjaan\n${GOOD},guru\u0000\u001b[31m\n`);
    expect(responses).toBeUndefined();
    expect(issues[0]).toMatchObject({ line: 2, column: 'Pekerjaan', message: expect.stringMatching(/karakter kendali/) });
  });
});
