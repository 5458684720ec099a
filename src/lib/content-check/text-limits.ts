/**
 * Text fields staff write (titles, descriptions, names) reach pages, feeds and CSV exports as they are.
 * Control characters (NUL, escape, backspace…) are never text: they corrupt HTML, XML and spreadsheets,
 * so they are refused wherever they appear. A title is a line, not a document: its length is bounded.
 * Pure: walks the data read from one file.
 */

/** Longest title (characters): the longest decreed indicator title is far shorter. */
export const MAX_TITLE_CHARS = 300;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface TextFinding {
  path: (string | number)[];
  message: string;
}

/** Control characters in any string of `data`, and over-long `title` fields, with the path of each. */
export function textFindings(data: unknown): TextFinding[] {
  const found: TextFinding[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const control = CONTROL.exec(value);
      if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        found.push({ path, message: `Isian ini berisi karakter kendali tak terlihat (U+${code}, mis. NUL atau Escape), yang bukan bagian teks dan dapat merusak halaman atau CSV. Ketik ulang isiannya (salinan dari program lain kadang membawanya).` });
      } else if (path.at(-1) === 'title' && value.length > MAX_TITLE_CHARS) {
        found.push({ path, message: `Judul ini ${value.length} karakter, lebih panjang dari batas ${MAX_TITLE_CHARS}. Tulis judul singkat; uraian panjang masuk ke isi atau description.` });
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  return found;
}

/** Control characters in an MDX body, with the line of the first (1-based in the body). */
export function bodyControlLine(body: string): number | undefined {
  const control = CONTROL.exec(body);
  return control ? body.slice(0, control.index).split('\n').length : undefined;
}
