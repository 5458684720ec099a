import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { isPdf, pdfPageCount } from './pdf.ts';

/** What the build states about a published evidence file. Pure: same bytes and name, same facts (a cache can key on `sha256`). */
export interface FileFacts {
  /** Size in bytes. */
  bytes: number;
  /** IANA media type, e.g. "application/pdf". */
  mediaType: string;
  /** SHA-256 of the bytes, lower-case hex. */
  sha256: string;
  /** Page count, for PDFs that can be read. */
  pages?: number;
}

/** Media type by file extension (also the list of evidence types the server configs must serve, tests/e2e/nginx.test.ts). */
export const BY_EXTENSION: Record<string, string> = {
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

/** Leading bytes of the formats whose content we trust over their name. */
const MAGIC: [type: string, test: (bytes: Uint8Array) => boolean][] = [
  ['application/pdf', isPdf],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  ['image/webp', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'],
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** Media type from the leading bytes when recognised, else from the extension, else "application/octet-stream". */
export function mediaTypeOf(fileName: string, bytes: Uint8Array): string {
  const byMagic = MAGIC.find(([, test]) => test(bytes));
  return byMagic?.[0] ?? BY_EXTENSION[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** SHA-256 of the bytes as lower-case hex, as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Size, media type, SHA-256 and (for a PDF) page count of one file. */
export function fileFacts(fileName: string, bytes: Uint8Array): FileFacts {
  const mediaType = mediaTypeOf(fileName, bytes);
  const pages = mediaType === 'application/pdf' ? pdfPageCount(bytes) : undefined;
  return { bytes: bytes.byteLength, mediaType, sha256: sha256Hex(bytes), ...(pages === undefined ? {} : { pages }) };
}
