/**
 * The check's problems said in the form's words: the field named by its label in the form
 * ("Tanggal", "Data pribadi sudah disamarkan"), not by its YAML key, and no advice to edit a YAML
 * file the clerk never sees. The rules and their messages stay in src/lib/content-check/.
 */
import { fieldText } from '../../i18n/cms.ts';
import type { Problem } from '../content-check/problem.ts';
import type { CmsSchemaName } from './fields.ts';

/** Which form edits a file of content/ (path relative to content/). */
export function schemaOfContentPath(path: string): CmsSchemaName | undefined {
  if (/^\d{4}\/catatan\//.test(path)) return 'notes';
  if (/^\d{4}\/bukti\//.test(path)) return 'evidence';
  if (path.startsWith('survei/')) return 'surveys';
  if (path.startsWith('kanal/')) return 'channels';
  if (path === 'unit.yaml') return 'unit';
  return undefined;
}

/** "followUps[0].due" → "followUps.due": the form's labels are per field, not per list item. */
const fieldPath = (field: string) => field.replace(/\[\d+\]/g, '');

const label = (schema: CmsSchemaName, key: string) => fieldText(schema, key).label;

/** One problem as the form says it: "<label>: <message>", YAML keys replaced by labels. */
export function inFormWords(problem: Problem, path: string): string {
  const schema = schemaOfContentPath(path);
  if (!schema) return problem.message;
  const known = (key: string) => label(schema, key) !== key;
  const message = problem.message
    .replace(/tulis ([a-zA-Z]+): true di berkas YAML ini/g, (whole, key: string) => (known(key) ? `centang "${label(schema, key)}" di formulir ini` : whole))
    .replace(/tulis ([a-zA-Z]+): true/g, (whole, key: string) => (known(key) ? `centang "${label(schema, key)}"` : whole))
    .replace(/\(([a-zA-Z]+): true\)/g, (whole, key: string) => (known(key) ? `("${label(schema, key)}" dicentang)` : whole))
    .replace(/kolom ([a-zA-Z]+)\b/g, (whole, key: string) => (known(key) ? `kolom "${label(schema, key)}"` : whole))
    .replace(/berkas YAML ini/g, 'formulir ini')
    // "berkas jawaban (responses.csv)": the words are the form's, the key in brackets is for the file's editor
    .replace(/ \(([a-zA-Z]+)(?:\.csv)?\)/g, (whole, key: string) => (known(key) ? '' : whole))
    .replace(/\bhapus ringkasan hasil\b/g, (whole) => (schema === 'surveys' ? 'kosongkan isian ringkasan hasil' : whole));
  return problem.field ? `${label(schema, fieldPath(problem.field))}: ${message}` : message;
}

/** What the editor shows when a save is refused: nothing was saved, and each thing to fix. */
export function refusalText(problems: readonly { problem: Problem; path: string }[]): string {
  const lines = problems.map(({ problem, path }, index) => `${index + 1}. ${inFormWords(problem, path)}`);
  return [`${REFUSAL_HEAD} ${problems.length === 1 ? 'hal ini' : `${problems.length} hal ini`}:`, ...lines].join('\n');
}

export const REFUSAL_HEAD = 'Belum disimpan. Perbaiki dulu';
