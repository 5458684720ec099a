import { LineCounter, parseDocument, isNode } from 'yaml';
import { firstCauses, yamlMessage } from './yaml-messages.ts';

/** A content file's data with a way back from a field to its line, for error messages. */
export interface ReadResult {
  data: unknown;
  /** MDX body, for `mdx` files. */
  body?: string;
  /** Line (1-based, in the whole file) of the field at `path`, or of its nearest parent found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** YAML syntax errors, with their lines, said in Indonesian ("Penulisan data (YAML) tidak sah: …"). */
  syntaxErrors: { line: number; message: string }[];
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
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    lineOf,
    syntaxErrors: firstCauses(doc.errors.map((error) => ({ code: error.code, line: lineAt(error.pos[0]), original: error.message }))).map(({ line, code, original }) => ({
      line,
      message: yamlMessage(code, original),
    })),
  };
}

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
