import { inflateSync } from 'node:zlib';

/**
 * Page count of a PDF, or undefined when it cannot be read (encrypted, damaged, not a PDF).
 *
 * A small reader instead of a PDF library: the count of a PDF's pages is the `/Count` of the root of
 * its page tree (`/Type /Pages`), and every intermediate node counts only its own subtree, so the
 * largest `/Count` of any `/Type /Pages` dictionary is the page total. Dictionaries are read from the
 * file as written and from its Flate-compressed streams (PDF 1.5+ object streams hold them there).
 * pdf-lib would do this too, but it is unmaintained since 2021 and ~1 MB for one number.
 */
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  if (!isPdf(bytes)) return undefined;
  const texts = [latin1(bytes), ...inflatedStreams(bytes)];
  let count: number | undefined;
  for (const text of texts) {
    for (const found of pagesCounts(text)) count = Math.max(count ?? 0, found);
  }
  return count;
}

/** True when the bytes start like a PDF ("%PDF-"). */
export function isPdf(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, 5)) === '%PDF-';
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** `/Count n` of every dictionary that says `/Type /Pages` (not `/Page`, not `/Outlines`). */
function* pagesCounts(text: string): Generator<number> {
  const dictionaries = /<<((?:[^<>]|<(?!<)|>(?!>)|<<(?:[^<>]|<(?!<)|>(?!>))*>>)*)>>/g;
  for (const match of text.matchAll(dictionaries)) {
    const body = match[1]!;
    if (!/\/Type\s*\/Pages(?![A-Za-z])/.test(body)) continue;
    const count = /\/Count\s+(\d+)/.exec(body);
    if (count) yield Number(count[1]);
  }
}

/** The decompressed contents of every `/FlateDecode` stream that inflates cleanly. */
function* inflatedStreams(bytes: Uint8Array): Generator<string> {
  const text = latin1(bytes);
  const streams = /\/FlateDecode[^]*?>>\s*stream\r?\n/g;
  for (const match of text.matchAll(streams)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      yield latin1(inflateSync(bytes.subarray(start, end), { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate trailing EOL */ }));
    } catch {
      // Not an object stream we can read (images, fonts, encrypted data): skip it.
    }
  }
}
