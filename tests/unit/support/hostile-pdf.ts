import { constants, deflateRawSync } from 'node:zlib';

/**
 * Hostile PDFs, generated at test time (never committed). Both start like a PDF, so only a reader
 * that bounds its own work survives them.
 */

/** `bytes` of "/FlateDecode " repeated with no stream to match: quadratic for a naive regex reader. */
export function repeatedFlateDecodePdf(bytes = 2 * 1024 * 1024): Buffer {
  const head = '%PDF-1.7\n1 0 obj\n<< /Filter [';
  const unit = '/FlateDecode ';
  return Buffer.from(head + unit.repeat(Math.ceil((bytes - head.length) / unit.length)), 'latin1');
}

/**
 * A PDF whose page tree sits in an object stream of compressed zeros: ~1 MB of deflate that inflates
 * to ~1 GB. A reader that inflates it whole runs out of memory. Built without holding 1 GB: one
 * fully flushed deflate block run of 16 MB of zeros is repeated (a full flush makes each run
 * independent), then closed with a final empty block and the zlib checksum.
 */
export function compressedZerosPdf(inflatedBytes = 1024 * 1024 * 1024): Buffer {
  const run = 16 * 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(run), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const runs = Math.ceil(inflatedBytes / run);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((runs * run) % 65521) << 16 | 1) >>> 0);
  const bomb = Buffer.concat([Buffer.from([0x78, 0x01]), ...Array.from({ length: runs }, () => block), deflateRawSync(Buffer.alloc(0)), adler]);
  const parts: (string | Buffer)[] = [
    '%PDF-1.7\n',
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    `3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`,
    bomb,
    '\nendstream\nendobj\n',
    'trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n',
  ];
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)));
}
