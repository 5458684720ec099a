/**
 * From the parsed LKE (lke-structure.ts) to the published data (src/schemas/lke.ts): codes in row
 * order, answer types, criteria split per option, the readings where the LKE leaves a rule
 * unwritten, the corrections of the text layer, and the Tabel 6 requirements.
 */
import type { Correction } from '../../src/schemas/shared.ts';
import type { AnswerType, Lke, LkeQuestion } from '../../src/schemas/lke.ts';
import { joinLines, type RawLke, type RawQuestion } from './lke-structure.ts';
import { CORRECTIONS, FORMULAS, REQUIREMENTS } from './lke-readings.ts';

const LOWER_WORDS = new Set(['dan', 'yang', 'dari', 'pada', 'di']);

/** "PENATAAN SISTEM MANAJEMEN SDM APARATUR" → "Penataan Sistem Manajemen SDM Aparatur". */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) => (word === 'SDM' ? word : index > 0 && LOWER_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase()))
    .join(' ');
}

function answerType(pilihan: string): AnswerType | null {
  if (pilihan === '%') return 'persen';
  if (pilihan === 'Nilai (0-4)') return 'nilai-0-4';
  return (['Ya/Tidak', 'A/B/C', 'A/B/C/D', 'A/B/C/D/E'] as const).find((type) => type === pilihan) ?? null;
}

/** The explanation's lines split at each "a." … "e." that starts a line. */
export function splitOptions(lines: readonly string[]): string[][] {
  const options: string[][] = [];
  for (const line of lines) {
    const match = /^([a-e])\.\s*(.*)$/.exec(line);
    if (match && match[1]!.charCodeAt(0) - 97 === options.length) options.push([match[2]!]);
    else if (options.length) options.at(-1)!.push(line);
    else options.push([line]);
  }
  return options;
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/^-+|-+$/g, '');

export interface BuildProblem { where: string; what: string }

export function buildLke(raw: RawLke, source: Lke['source']): { lke: Lke; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  const corrections: Correction[] = [];
  const weight = (value: number | null, where: string) => {
    if (value === null) problems.push({ where, what: 'bobot tidak terbaca' });
    return value ?? 0;
  };
  const rename = (field: string, printed: string) => {
    const name = titleCase(printed);
    if (name !== printed) corrections.push({ field, original: printed, corrected: name, reason: 'Huruf kapital dinormalkan; lampiran menulis judul ini dengan huruf kapital semua.', kind: 'penulisan' });
    return name;
  };
  const components = raw.components.map((c) => ({ code: c.code, name: rename(`components.${c.code}.name`, c.name), weight: weight(c.weight, c.code) }));
  const parts = raw.parts.map((p) => ({ code: p.code, component: p.component, name: rename(`parts.${p.code}.name`, p.name), weight: weight(p.weight, p.code) }));
  const areaNumbers = [...new Set(raw.areas.map((a) => a.number))];
  const areas = areaNumbers.map((number) => {
    const rows = raw.areas.filter((a) => a.number === number);
    const weights = Object.fromEntries(rows.map((a) => [a.part, weight(a.weight, `${a.part}.${number}`)]));
    return { number, name: rename(`areas.${number}.name`, rows[0]!.name), weight: Object.values(weights).reduce((a, b) => a + b, 0), weights };
  });

  const subcomponents = raw.subcomponents.map((sub) => {
    const code = sub.area === null ? `${sub.part}.${sub.printed}` : `${sub.part}.${sub.area}.${sub.printed}`;
    const questions = sub.questions.map((q, index): LkeQuestion => buildQuestion(q, sub.area === null ? code : `${code}.${letterOf(q, index)}`, problems));
    return { code, printed: sub.printed, part: sub.part, area: sub.area, name: sub.name, weight: weight(sub.weight, code), questions };
  });

  const lke: Lke = { source, components, parts, areas, subcomponents, requirements: REQUIREMENTS, corrections };
  for (const fix of CORRECTIONS) applyCorrection(lke, fix, problems);
  for (const [code, formula] of Object.entries(FORMULAS)) {
    const question = findQuestion(lke, code);
    if (!question) problems.push({ where: code, what: 'rumus untuk pertanyaan yang tidak ada' });
    else {
      question.formula = formula;
      const keys = new Set(question.inputs.map((input) => input.key));
      const used = formula.kind === 'rasio' ? [formula.numerator, formula.denominator] : [formula.previous, formula.current];
      for (const key of used) if (!keys.has(key)) problems.push({ where: code, what: `rumus memakai isian "${key}" yang tidak ada` });
    }
  }
  for (const question of lke.subcomponents.flatMap((s) => s.questions)) {
    if (question.answerType === 'persen' && !question.formula) problems.push({ where: question.code, what: 'baris persentase tanpa rumus' });
    const expected = { 'A/B/C': 3, 'A/B/C/D': 4, 'A/B/C/D/E': 5 }[question.answerType as string];
    if (expected && question.options.length !== expected) problems.push({ where: question.code, what: `${question.options.length} kriteria untuk pilihan ${question.answerType}` });
  }
  return { lke, problems };
}

/** The question's letter: as printed ("a.", "b") or, for rows printed with "-", its position. */
function letterOf(question: RawQuestion, index: number): string {
  const printed = question.printed.replace('.', '');
  return /^[a-z]$/.test(printed) ? printed : String.fromCharCode(97 + index);
}

function buildQuestion(q: RawQuestion, code: string, problems: BuildProblem[]): LkeQuestion {
  const type = answerType(q.pilihan);
  if (!type) problems.push({ where: code, what: `jenis jawaban tidak dikenal: "${q.pilihan}"` });
  const lettered = type === 'A/B/C' || type === 'A/B/C/D' || type === 'A/B/C/D/E';
  const options = lettered ? splitOptions(q.explanation).map((lines, i) => ({ option: String.fromCharCode(65 + i), text: joinLines(lines) })) : [];
  const explanation = lettered || q.explanation.length === 0 ? undefined : joinLines(q.explanation);
  const parentIndent = Math.min(...q.inputs.map((i) => i.indent));
  let parent = '';
  const inputs = q.inputs.map((input) => {
    const key = slug(input.label);
    const nested = input.indent > parentIndent + 2;
    if (!nested) parent = key;
    if (input.example === null) problems.push({ where: code, what: `contoh isian "${input.label}" tidak terbaca` });
    return { key, label: input.label, example: input.example ?? 0, ...(nested ? { partOf: parent } : {}) };
  });
  const text = q.group ? `${q.group.name}: ${q.text}` : q.text;
  return {
    code,
    printed: q.printed,
    text,
    answerType: type ?? 'Ya/Tidak',
    ...(explanation ? { explanation } : {}),
    options,
    inputs,
    example: { answer: q.exampleAnswer, value: q.exampleValue ?? 0 },
    page: q.page,
  };
}

export function findQuestion(lke: Lke, code: string): LkeQuestion | undefined {
  return lke.subcomponents.flatMap((s) => s.questions).find((q) => q.code === code);
}

export interface LkeCorrection extends Correction {
  /** Question code, sub-component code, or "<question>.options" to append an option. */
  target: string;
}

function applyCorrection(lke: Lke, fix: LkeCorrection, problems: BuildProblem[]) {
  const { target, ...correction } = fix;
  const sub = lke.subcomponents.find((s) => s.code === target);
  const question = findQuestion(lke, target.replace(/\.options$/, ''));
  if (target.endsWith('.options') && question) {
    question.options.push({ option: String.fromCharCode(65 + question.options.length), text: fix.corrected });
  } else if (sub && correction.field === 'name' && sub.name === fix.original) {
    sub.name = fix.corrected;
  } else if (question && correction.field === 'text' && question.text === fix.original) {
    question.text = fix.corrected;
  } else {
    problems.push({ where: target, what: `koreksi tidak cocok dengan teks: "${fix.original}"` });
    return;
  }
  lke.corrections.push({ ...correction, field: `${target}.${correction.field}` });
}
