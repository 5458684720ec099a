import { load as loadYaml, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isNode, isPair, isScalar, visit } from 'yaml';
import { aliasMessage, firstCauses, yamlMessage } from './yaml-messages.ts';

/** A content file's data with a way back from a field to its line, for error messages. */
export interface ReadResult {
  data: unknown;
  /** MDX body, for `mdx` files. */
  body?: string;
  /** Line (1-based, in the whole file) of the field at `path`, or of its nearest parent found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** YAML syntax errors, with their lines, said in Indonesian ("Penulisan data (YAML) tidak sah: …"). */
  syntaxErrors: { line: number; message: string; field?: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readYamlText(text: string, lineOffset: number): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const syntaxErrors = firstCauses(doc.errors.map((error) => ({ code: error.code, line: lineAt(error.pos[0]), original: error.message }))).map(({ line, code, original }) => ({
    line,
    message: yamlMessage(code, original),
  }));
  if (!syntaxErrors.length) syntaxErrors.push(...impossibleDates(doc, lineAt));
  return { data: syntaxErrors.length ? undefined : astroData(doc, text, lineOffset, syntaxErrors), lineOf, syntaxErrors };
}

/**
 * Dates that do not exist (2022-02-30, 2022-13-01). Astro's YAML reader turns them silently into
 * another day (2 March 2022, 1 January 2023); the check refuses them, quoting what was written.
 */
function impossibleDates(doc: ReturnType<typeof parseDocument>, lineAt: (offset: number) => number): { line: number; field?: string; message: string }[] {
  const found: { line: number; field?: string; message: string }[] = [];
  visit(doc, {
    Scalar(_, node, path) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string') return;
      const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt\s])/.exec(node.value);
      if (!match) return;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return;
      const pair = path.at(-1);
      const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
      found.push({ line: node.range ? lineAt(node.range[0]) : 1, ...(field ? { field } : {}), message: `Tanggal ditulis YYYY-MM-DD dan harus tanggal yang ada, misalnya 2022-04-28. Anda menulis "${node.value}", yang tidak ada di kalender.` });
    },
  });
  return found;
}

/**
 * The data exactly as Astro's loader reads it (js-yaml's `load` with its default schema, for data files
 * and frontmatter alike): `title: 2022-05-13` is a date there and `!!js/function` an error, so the check
 * judges what the build will. An alias "bomb" (anchors repeated into millions of nodes) is refused first,
 * through the position-keeping parser's alias limit, before anything expands it.
 */
function astroData(doc: ReturnType<typeof parseDocument>, text: string, lineOffset: number, errors: { line: number; message: string }[]): unknown {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    errors.push({ line: (alias ? text.slice(0, alias.index).split('\n').length : 1) + lineOffset, message: aliasMessage(String(error)) });
    return undefined;
  }
  try {
    return loadYaml(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    errors.push({ line: error.mark.line + 1 + lineOffset, message: yamlMessage(/unknown tag/.test(error.reason) ? 'UNKNOWN_TAG' : 'JS_YAML', error.reason) });
    return undefined;
  }
}

/** Aliases (`*nama`) a file may expand: staff files need none; the limit is the YAML library's own default. */
const MAX_ALIAS_COUNT = 100;

/** Reads a YAML data file. */
export function readYaml(text: string): ReadResult {
  return readYamlText(text, 0);
}

/** Reads an MDX file: YAML frontmatter between `---` lines, then the body. */
export function readMdx(text: string): ReadResult {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      data: undefined,
      lineOf: () => 1,
      syntaxErrors: [{ line: 1, message: 'Bagian data di awal berkas (frontmatter) tidak ditemukan: berkas harus dimulai dengan baris "---", diikuti data, lalu baris "---" lagi.' }],
    };
  }
  const result = readYamlText(match[1]!, 1);
  return { ...result, body: text.slice(match[0].length) };
}
