/**
 * Turns the LKE's printed lines (see lke-pdf.ts) into its structure: components, parts, areas,
 * sub-components and questions with weights, answer types, criteria, numeric inputs and the
 * regulation's filled-in example. Pure: what it cannot place, it reports instead of guessing.
 */
import type { Line } from './lke-pdf.ts';

export interface RawInput { label: string; example: number | null; indent: number }
export interface RawQuestion {
  printed: string;
  text: string;
  page: number;
  pilihan: string;
  explanation: string[];
  inputs: RawInput[];
  exampleAnswer: string;
  exampleValue: number | null;
  /** A nested heading with its own weight (Reform 5.iii: LHKPN and LHKASN). */
  group: RawGroup | null;
}
export interface RawGroup { printed: string; name: string; weight: number | null }
export interface RawSub { part: string; area: number | null; printed: string; name: string; weight: number | null; questions: RawQuestion[]; groups: RawGroup[] }
export interface RawLke {
  components: { code: 'A' | 'B'; name: string; weight: number | null }[];
  parts: { code: string; component: 'A' | 'B'; name: string; weight: number | null }[];
  areas: { part: string; number: number; name: string; weight: number | null }[];
  subcomponents: RawSub[];
  /** Lines the parser could not place (the import fails when there are any). */
  unplaced: string[];
}

/** "4,00" → 4; "100,00%" → 100. */
export function parseNumber(text: string): number | null {
  const match = /^(\d+)(?:,(\d+))?%?$/.exec(text.trim());
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : null;
}

/** Joins printed lines: a line ending in a hyphen after a letter continues the word ("target-" "target"). */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === '' ? line : /[A-Za-z(]-$/.test(text) ? text + line : `${text} ${line}`), '').replace(/\s+/g, ' ').trim();
}

const ANSWER_TYPE = /^(Ya\/Tidak|A\/B\/C(?:\/D(?:\/E)?)?|%|Nilai)$/;
/** Baseline (pt) below which every page has only its column header row; the first page also has the title. */
const PAGE_HEADER_END = 75;
const FIRST_PAGE_HEADER_END = 130;

export function parseLke(lines: readonly Line[]): RawLke {
  const firstPage = lines[0]?.page ?? 0;
  const lke: RawLke = { components: [], parts: [], areas: [], subcomponents: [], unplaced: [] };
  let component: RawLke['components'][number] | null = null;
  let part: RawLke['parts'][number] | null = null;
  let area: RawLke['areas'][number] | null = null;
  let sub: RawSub | null = null;
  let question: RawQuestion | null = null;
  let group: RawGroup | null = null;
  let input: RawInput | null = null;
  /** Headings still waiting for their Bobot (printed mid-cell, often a line below the name). */
  const weightless: { weight: number | null }[] = [];
  let nameLines: string[] | null = null;
  let names: { target: { name: string }; lines: string[] }[] = [];
  const heading = <T extends { weight: number | null; name: string }>(item: T, first: string): T => {
    weightless.push(item);
    nameLines = [first];
    names.push({ target: item, lines: nameLines });
    question = null;
    input = null;
    return item;
  };
  const startQuestion = (printed: string, text: string, page: number) => {
    question = { printed, text, page, pilihan: '', explanation: [], inputs: [], exampleAnswer: '', exampleValue: null, group };
    (question as RawQuestion & { textLines?: string[] }).textLines = [text];
    sub!.questions.push(question);
    nameLines = null;
    input = null;
  };
  const textLines = (q: RawQuestion) => (q as RawQuestion & { textLines: string[] }).textLines;
  let ended = false;

  for (const line of lines) {
    if (ended) break;
    const p = line.penilaian.trim();
    // the page header: title block on the first page, the column header row on every page
    if (line.y < PAGE_HEADER_END || (line.page === firstPage && line.y < FIRST_PAGE_HEADER_END)) continue;
    if (p.startsWith('NILAI EVALUASI')) { ended = true; continue; }
    if (p.startsWith('TOTAL')) continue;
    let isHeading = false;
    let match: RegExpExecArray | null;
    if (p !== '') {
      const x = line.indent;
      if (x < 60 && (match = /^([AB])\.\s+(.+)$/.exec(p))) {
        component = heading({ code: match[1] as 'A' | 'B', name: match[2]!, weight: null }, match[2]!);
        lke.components.push(component);
        part = area = sub = null;
        isHeading = true;
      } else if (x < 78 && (match = /^([IV]+)\.\s+(.+)$/.exec(p)) && component) {
        part = heading({ code: `${component.code}.${match[1]}`, component: component.code, name: match[2]!, weight: null }, match[2]!);
        lke.parts.push(part);
        area = sub = null;
        isHeading = true;
      } else if (component?.code === 'A' && x < 90 && (match = /^(\d)\.\s+(.+)$/.exec(p)) && part) {
        area = heading({ part: part.code, number: Number(match[1]), name: match[2]!, weight: null }, match[2]!);
        lke.areas.push(area);
        sub = null;
        isHeading = true;
      } else if (component?.code === 'A' && x < 102 && (match = /^([ivx]+)\.\s*(.*)$/.exec(p)) && area) {
        if (sub && sub.questions.length === 0 && sub.weight !== null) {
          // a numbered heading under a sub-component before any question: a nested group
          group = heading({ printed: match[1]!, name: match[2]!, weight: null }, match[2]!);
          sub.groups.push(group);
        } else {
          group = null;
          sub = heading({ part: part!.code, area: area.number, printed: match[1]!, name: match[2]!, weight: null, questions: [], groups: [] }, match[2]!);
          if (match[2] === '') nameLines!.length = 0;
          lke.subcomponents.push(sub);
        }
        isHeading = true;
      } else if (component?.code === 'B' && x < 90 && (match = /^([a-e])\.?\s+(.+)$/.exec(p)) && part) {
        group = null;
        sub = heading({ part: part.code, area: null, printed: match[1]!, name: match[2]!, weight: null, questions: [], groups: [] }, match[2]!);
        lke.subcomponents.push(sub);
        startQuestion(match[1]!, match[2]!, line.page);
        nameLines = names.at(-1)!.lines;
      } else if (component?.code === 'B' && question) {
        textLines(question).push(p);
        nameLines?.push(p);
      } else if (x < 112 && (match = /^([a-z]\.?|-)\s+(.+)$/.exec(p)) && sub) {
        startQuestion(match[1]!, match[2]!, line.page);
      } else if (x < 112 && sub && nameLines) {
        nameLines.push(p);
      } else if (x < 112 && sub && sub.questions.length > 0) {
        // an unnumbered heading after a question's inputs: the next nested group (LHKASN)
        group = heading({ printed: '', name: p, weight: null }, p);
        sub.groups.push(group);
        isHeading = true;
      } else if ((match = /^-\s+(.+)$/.exec(p)) && question) {
        input = { label: match[1]!, example: null, indent: x };
        (question as RawQuestion).inputs.push(input);
      } else if (input) {
        input.label = joinLines([input.label, p]);
      } else if (question) {
        textLines(question).push(p);
      } else {
        lke.unplaced.push(`halaman ${line.page}: ${p}`);
      }
    }
    const weight = parseNumber(line.bobot);
    if (weight !== null) {
      const target = weightless.shift();
      if (target) target.weight = weight;
      else lke.unplaced.push(`halaman ${line.page}: bobot ${line.bobot}`);
      weightless.length = 0;
    }
    if (line.penjelasan && question) (question as RawQuestion).explanation.push(line.penjelasan);
    else if (line.penjelasan && !isHeading) lke.unplaced.push(`halaman ${line.page}: ${line.penjelasan}`);
    const pilihan = line.pilihan.trim();
    if (pilihan === 'Jumlah' && input) {
      (input as RawInput).example = parseNumber(line.jawaban);
    } else if (pilihan === '(0-4)' && question) {
      (question as RawQuestion).pilihan += ' (0-4)';
    } else if (ANSWER_TYPE.test(pilihan) && question && !isHeading) {
      const q = question as RawQuestion;
      q.pilihan = pilihan;
      if (line.jawaban) q.exampleAnswer = line.jawaban;
      if (line.nilai) q.exampleValue = parseNumber(line.nilai);
    } else if (!pilihan && question && line.jawaban && !(question as RawQuestion).exampleAnswer) {
      // the Hasil rows print the answer a line below the type
      (question as RawQuestion).exampleAnswer = line.jawaban;
      (question as RawQuestion).exampleValue = parseNumber(line.nilai);
    }
  }
  for (const { target, lines: parts } of names) if (parts.length) target.name = joinLines(parts);
  for (const s of lke.subcomponents) for (const q of s.questions) q.text = joinLines(textLines(q));
  names = [];
  return lke;
}
