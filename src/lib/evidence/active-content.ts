import { Unzlib, unzipSync } from 'fflate';

/**
 * Evidence an evaluator can open safely. An evaluator downloads items and opens them in a PDF reader,
 * a spreadsheet or an archive tool, which may act on what the file asks: run a PDF's JavaScript, launch
 * a program, open an attached file, compute a CSV cell as a formula (`=HYPERLINK(…)`, `=cmd|…`), or write
 * an archive entry named `../…` outside the folder it is unpacked into. Such files are REFUSED, not
 * flagged: no scan, office export or photo needs any of it, and a flag next to a download is read after
 * the file is opened. Re-saving ("Print → Save as PDF", "Save as CSV" of values) removes it. Pure over
 * the bytes, bounded work (object streams and archived CSVs are only inflated up to fixed sizes).
 */

/** PDF names that make a reader act: scripts, program launches, attached and embedded files, forms sent elsewhere. */
const PDF_ACTIVE = new Map([
  ['JavaScript', 'JavaScript'],
  ['JS', 'JavaScript'],
  ['Launch', 'perintah menjalankan program (Launch)'],
  ['EmbeddedFile', 'berkas tersemat (EmbeddedFile)'],
  ['EmbeddedFiles', 'berkas tersemat (EmbeddedFiles)'],
  ['RichMedia', 'media aktif (RichMedia)'],
  ['SubmitForm', 'formulir yang mengirim data (SubmitForm)'],
  ['ImportData', 'impor data (ImportData)'],
]);

/** Largest object stream inflated, and total: a stream is metadata, not page images. */
const PDF_STREAM_MAX = 8 * 1024 * 1024;
const PDF_INFLATE_TOTAL = 64 * 1024 * 1024;
/** Largest CSV inside an archive that is inflated to read its cells. */
const ARCHIVED_CSV_MAX = 10 * 1024 * 1024;

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** The active names (see PDF_ACTIVE) among the name tokens of a piece of PDF text, `#xx` escapes decoded as a reader decodes them. */
function activeNames(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\/([A-Za-z0-9#]{2,40})(?![^\s/<>[\]()%{}])/g)) {
    const name = match[1]!.includes('#') ? match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : match[1]!;
    const what = PDF_ACTIVE.get(name);
    if (what) found.add(what);
  }
  return [...found];
}

/** Inflates a zlib stream, stopping past `limit` bytes (a small stream can inflate to gigabytes). */
function inflateBounded(data: Uint8Array, limit: number): Uint8Array | 'too-large' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.byteLength;
    if (size > limit) throw new RangeError('too-large');
    chunks.push(chunk);
  });
  try {
    // small slices: fflate inflates all it is given before handing out the result, so one push of a
    // bomb would allocate gigabytes before the limit is ever seen (at most ~1 000× a slice per push)
    const SLICE = 4096;
    for (let at = 0; at < data.byteLength; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.byteLength);
    if (data.byteLength === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof RangeError && error.message === 'too-large') return 'too-large';
    throw error;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * The texts to search: the file without its stream data (page images and drawings are most of a PDF's
 * bytes, and no dictionary lives inside them), plus every compressed object stream, where PDF 1.5+
 * keeps its dictionaries. A stream is cut at the first "endstream" after it, which is as far as any
 * reader takes it, so nothing a reader parses as a dictionary is left out.
 */
function pdfTexts(bytes: Uint8Array): string[] | { unreadable: string } {
  const raw = latin1(bytes);
  const skeleton: string[] = [];
  const texts: string[] = [];
  let budget = PDF_INFLATE_TOTAL;
  let from = 0;
  const streamStart = /(?<!end)stream\r?\n/g;
  for (let match = streamStart.exec(raw); match; match = streamStart.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) return { unreadable: 'aliran data terpotong' };
    skeleton.push(raw.slice(from, start));
    from = end;
    streamStart.lastIndex = end + 'endstream'.length;
    // the object's dictionary: from its "N 0 obj" header (within the last 2 000 characters) to "stream"
    const window = raw.slice(Math.max(0, match.index - 2000), match.index);
    let header = -1;
    for (const object of window.matchAll(/\d+\s+\d+\s+obj\b/g)) header = object.index;
    const dictionary = header < 0 ? '' : window.slice(header);
    if (!/\/Type\s*\/ObjStm\b/.test(dictionary)) continue;
    if (/\/Encrypt\b/.test(raw)) return { unreadable: 'berkas dilindungi kata sandi' };
    if (!/\/Filter/.test(dictionary)) {
      texts.push(raw.slice(start, end));
      continue;
    }
    if (!/\/Filter\s*\/FlateDecode\b/.test(dictionary) || /\/Predictor\s+(?:[2-9]|1\d)/.test(dictionary)) return { unreadable: 'aliran objek dengan pemadatan yang tidak dikenal' };
    let out;
    try {
      out = inflateBounded(bytes.subarray(start, end), Math.min(PDF_STREAM_MAX, budget));
    } catch {
      return { unreadable: 'aliran objek rusak' };
    }
    if (out === 'too-large') return { unreadable: 'aliran objek terlalu besar' };
    budget -= out.byteLength;
    texts.push(latin1(out));
  }
  skeleton.push(raw.slice(from));
  return [skeleton.join(''), ...texts];
}

/** Cells of a CSV that a spreadsheet would compute, with their line: "=…", "@…", and "+…"/"-…" that are not plain numbers. */
export function formulaCells(text: string): { line: number; cell: string }[] {
  const found: { line: number; cell: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((row, index) => {
    for (const raw of row.split(/[,;\t]/)) {
      const cell = raw.trim().replace(/^"/, '');
      if (/^[=@]/.test(cell) || (/^[+-]/.test(cell) && !/^[+-]\s*[\d.,\s]*\d[\d.,\s]*%?"?$/.test(cell))) {
        found.push({ line: index + 1, cell: cell.length > 60 ? `${cell.slice(0, 57)}…` : cell });
        break;
      }
    }
  });
  return found;
}

/** An archive entry name that would be written outside the folder it is unpacked into. */
export function unsafeEntryName(name: string): boolean {
  return /^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name) || name.split(/[/\\]/).includes('..');
}

const RESAVE_PDF = 'Buka berkasnya lalu simpan ulang sebagai PDF biasa ("Cetak" → "Simpan sebagai PDF" / "Microsoft Print to PDF"), yang membuang isi aktif itu, lalu ganti berkas ini.';

/** Why an evidence file would make an evaluator's program act (Indonesian, naming the file), or undefined. */
export function activeContentProblem(fileName: string, mediaType: string, bytes: Uint8Array): string | undefined {
  if (mediaType === 'application/pdf') {
    const texts = pdfTexts(bytes);
    if (!Array.isArray(texts)) return `PDF "${fileName}" tidak dapat diperiksa apakah berisi JavaScript atau perintah lain (${texts.unreadable}). ${RESAVE_PDF}`;
    const found = [...new Set(texts.flatMap(activeNames))];
    if (found.length) return `PDF "${fileName}" berisi ${found.join(', ')}, yang dapat dijalankan oleh program pembaca PDF penilai saat berkas dibuka. Situs tidak menerbitkan PDF seperti itu. ${RESAVE_PDF}`;
    return undefined;
  }
  if (mediaType === 'text/csv') return csvProblem(fileName, new TextDecoder('utf-8').decode(bytes));
  if (mediaType === 'application/zip') return zipProblem(fileName, bytes);
  return undefined;
}

function csvProblem(fileName: string, text: string, inside?: string): string | undefined {
  const cells = formulaCells(text);
  if (!cells.length) return undefined;
  const where = inside ? `"${inside}" di dalam arsip "${fileName}"` : `CSV "${fileName}"`;
  const lines = cells.slice(0, 5).map(({ line }) => line).join(', ');
  return `${where} berisi sel yang akan dihitung sebagai rumus oleh spreadsheet penilai (baris ${lines}${cells.length > 5 ? ', …' : ''}; mis. "${cells[0]!.cell}"). Rumus di CSV dapat membuka tautan atau menjalankan perintah di komputer yang membukanya. Simpan ulang sebagai CSV berisi nilai saja (salin → "Tempel nilai"), atau awali teks seperti itu dengan tanda petik (').`;
}

function zipProblem(fileName: string, bytes: Uint8Array): string | undefined {
  const entries: { name: string; size: number }[] = [];
  try {
    // the filter sees every entry's name and size; only small CSVs are inflated
    const csvs = unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return /\.csv$/i.test(file.name) && file.originalSize <= ARCHIVED_CSV_MAX && !unsafeEntryName(file.name);
      },
    });
    const unsafe = entries.filter((entry) => unsafeEntryName(entry.name));
    if (unsafe.length) {
      return `Arsip "${fileName}" berisi nama berkas yang menunjuk ke luar foldernya ("${unsafe[0]!.name}"${unsafe.length > 1 ? ` dan ${unsafe.length - 1} lainnya` : ''}): saat dibuka, berkas itu dapat tertulis di tempat lain di komputer penilai. Buat ulang arsipnya dari folder biasa (klik kanan folder → "Send to" → "Compressed (zipped) folder").`;
    }
    const bigCsv = entries.find((entry) => /\.csv$/i.test(entry.name) && entry.size > ARCHIVED_CSV_MAX);
    if (bigCsv) return `CSV "${bigCsv.name}" di dalam arsip "${fileName}" lebih besar dari ${ARCHIVED_CSV_MAX / 1024 / 1024} MB, jadi isinya tidak dapat diperiksa. Terbitkan CSV itu sebagai bukti tersendiri atau perkecil.`;
    for (const [name, data] of Object.entries(csvs)) {
      const problem = csvProblem(fileName, new TextDecoder('utf-8').decode(data), name);
      if (problem) return problem;
    }
    return undefined;
  } catch (error) {
    return `Arsip "${fileName}" tidak dapat dibuka untuk diperiksa (${error instanceof Error ? error.message : String(error)}). Buat ulang arsipnya (klik kanan folder → "Send to" → "Compressed (zipped) folder") lalu ganti berkas ini.`;
  }
}
