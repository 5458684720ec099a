import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { readPdfPages, type PdfReading } from './pdf.ts';
import { convertHint } from './convert-hints.ts';

/** What the build states about a published evidence file. Same bytes and name, same facts (a cache can key on them). */
export interface FileFacts {
  /** Size in bytes. */
  bytes: number;
  /** IANA media type, e.g. "application/pdf": the type of the extension, after the content was found to match it. */
  mediaType: string;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** Page count, for PDFs that can be read. */
  pages?: number;
  /** Why a PDF has no page count (damaged, cut off, locked, over a limit): the site says "jumlah halaman tidak diketahui" and the item does not count towards `lengkap`. */
  unreadable?: Exclude<PdfReading, { pages: number }>['reason'];
}

/**
 * The extensions the site publishes, with their media type (also the list of evidence types the server
 * configs must serve, tests/e2e/nginx.test.ts). Anything else (e.g. .html, .svg, .js, which a browser
 * would run on this site's origin) is refused.
 */
export const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.zip': 'application/zip',
};

/** What the content may be detected as (by `file-type`, from magic bytes) for each extension; `text` means "no binary signature". */
const CONTENT_FOR: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['application/pdf'],
  'image/jpeg': ['image/jpeg'],
  'image/png': ['image/png'],
  'image/webp': ['image/webp'],
  'image/gif': ['image/gif'],
  'video/mp4': ['video/mp4', 'video/quicktime', 'video/x-m4v'],
  'video/webm': ['video/webm'],
  'text/plain': ['text'],
  'text/csv': ['text'],
  // Old Office files are OLE compound files; file-type names the container.
  'application/msword': ['application/x-cfb', 'application/msword'],
  'application/vnd.ms-excel': ['application/x-cfb', 'application/vnd.ms-excel'],
  'application/vnd.ms-powerpoint': ['application/x-cfb', 'application/vnd.ms-powerpoint'],
  // Office Open XML and OpenDocument are ZIP archives; file-type recognises most by their parts.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/zip'],
  'application/vnd.oasis.opendocument.text': ['application/vnd.oasis.opendocument.text', 'application/zip'],
  'application/vnd.oasis.opendocument.spreadsheet': ['application/vnd.oasis.opendocument.spreadsheet', 'application/zip'],
  'application/zip': ['application/zip'],
};

/** A file the site will not publish; `message` says why, in Indonesian, for staff. */
export class FileRefused extends Error {
  override name = 'BerkasDitolak';
}

/** SHA-256 of the bytes as lower-case hex, as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when the bytes read as text (UTF-8 or UTF-16 with BOM, no NUL bytes in UTF-8). */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  try {
    // `stream`: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Media type of a file from its extension, after checking its content (magic bytes, read by the
 * maintained `file-type` library) is what the extension says. Throws `FileRefused` for an empty
 * file, an extension the site does not publish, or content that does not match its name.
 */
export async function mediaTypeOf(fileName: string, bytes: Uint8Array): Promise<string> {
  const extension = extname(fileName).toLowerCase();
  if (bytes.byteLength === 0) throw new FileRefused(`Berkas "${fileName}" kosong (0 byte), jadi tidak dapat menjadi bukti. Simpan ulang berkas yang benar lalu ganti berkas ini.`);
  const expected = BY_EXTENSION[extension];
  if (!expected) {
    const allowed = Object.keys(BY_EXTENSION).join(', ');
    throw new FileRefused(`Berkas "${fileName}" berakhiran "${extension || '(tanpa akhiran)'}", yang tidak diterbitkan situs ini. Jenis berkas yang boleh: ${allowed}. ${convertHint(extension)}`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  const found = detected?.mime ?? (looksLikeText(bytes) ? 'text' : 'unknown');
  if (!CONTENT_FOR[expected]!.includes(found)) {
    const what = found === 'text' ? 'teks' : found === 'unknown' ? 'tidak dikenali' : `berkas ${detected!.ext.toUpperCase()} (${found})`;
    throw new FileRefused(`Berkas "${fileName}" bernama ${extension} tetapi isinya ${what}. Situs menerbitkan berkas hanya bila isinya sesuai namanya. Buka berkasnya dan simpan/ekspor ulang sebagai ${extension} yang sebenarnya (mis. "Simpan sebagai PDF"), atau ganti akhiran namanya sesuai isinya.`);
  }
  return expected;
}

/** Size, media type, SHA-256 and (for a PDF) page count of one file; throws `FileRefused` for a file the site must not publish. */
export async function fileFacts(fileName: string, bytes: Uint8Array): Promise<FileFacts> {
  const mediaType = await mediaTypeOf(fileName, bytes);
  const base = { bytes: bytes.byteLength, mediaType, sha256: sha256Hex(bytes) };
  if (mediaType !== 'application/pdf') return base;
  const reading = await readPdfPages(bytes);
  return reading.pages === undefined ? { ...base, unreadable: reading.reason } : { ...base, pages: reading.pages };
}

const UNREADABLE_REASON: Record<NonNullable<FileFacts['unreadable']>, string> = {
  rusak: 'isinya rusak atau tidak dapat dibaca',
  terpotong: 'berkasnya terpotong: akhir berkas PDF tidak ada, mis. karena unduhan atau salinan yang terputus',
  terkunci: 'berkasnya dilindungi kata sandi',
  batas: 'membacanya melewati batas waktu atau memori, tanda berkasnya rusak atau sengaja dibuat berbahaya',
};

/** The warning staff read for a PDF without a page count. */
export function unreadableMessage(fileName: string, reason: NonNullable<FileFacts['unreadable']>): string {
  return `Jumlah halaman PDF "${fileName}" tidak dapat dibaca (${UNREADABLE_REASON[reason]}). Situs menulis "jumlah halaman tidak diketahui" dan bukti ini TIDAK dihitung untuk status lengkap. Buka berkasnya di komputer; bila rusak, terpotong atau berkata sandi, simpan/unduh ulang berkas yang utuh tanpa kata sandi lalu ganti berkas ini.`;
}
