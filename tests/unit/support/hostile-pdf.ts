import { deflateSync } from 'node:zlib';

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
 * to ~1 GB. A reader that inflates it whole runs out of memory.
 */
export function compressedZerosPdf(inflatedBytes = 1024 * 1024 * 1024): Buffer {
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  const chunks: Buffer[] = [];
  for (let done = 0; done < inflatedBytes; done += zeros.length) chunks.push(zeros);
  const bomb = deflateSync(Buffer.concat(chunks), { level: 9 });
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
