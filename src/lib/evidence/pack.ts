import { zipSync, strToU8, type Zippable } from 'fflate';
import { toCsv } from '../csv.ts';
import { formatBytes, isoDate } from '../format.ts';
import type { EvidenceItem } from './items.ts';
import type { RegisterArea } from './register.ts';
import { itemUrl, type Href } from './exports.ts';

export const PACK_MANIFEST_COLUMNS = ['indicator', 'title', 'date', 'file', 'bytes', 'sha256', 'url', 'in_pack'] as const;

export interface PackInput {
  year: number;
  area: RegisterArea;
  /** Bytes of an item's published file. */
  read: (item: EvidenceItem) => Uint8Array;
  /** Files larger than this stay out of the ZIP and are listed in the README. */
  maxFileBytes: number;
  href: Href;
  /** Absolute URL of the site, for the README. */
  siteUrl: string;
}

/** The items of an area, each once, in register order. */
function areaItems(area: RegisterArea): EvidenceItem[] {
  return [...new Map(area.rows.flatMap((row) => row.items).map((item) => [item.id, item])).values()];
}

/** `manifest.csv`: one row per indicator and item, with what the pack holds. */
export function packManifest(area: RegisterArea, maxFileBytes: number, href: Href): string {
  const rows = area.rows.flatMap((row) =>
    row.items.map((item) => [
      row.indicator.id,
      item.title,
      isoDate(item.date),
      item.file ? `berkas/${item.file.name}` : '',
      item.file?.bytes ?? '',
      item.file?.sha256 ?? '',
      itemUrl(item, href),
      item.file ? (item.file.bytes <= maxFileBytes ? 'ya' : 'tidak (terlalu besar)') : 'tidak (tautan)',
    ]),
  );
  return toCsv(PACK_MANIFEST_COLUMNS, rows);
}

function readme(input: PackInput, left: EvidenceItem[]): string {
  const { area, year } = input;
  const lines = [
    `PAKET BUKTI FISIK — AREA ${area.area.code}: ${area.area.title} (${year})`,
    '',
    `Paket ini berisi berkas bukti fisik yang diterbitkan untuk indikator area ${area.area.code} rencana aksi`,
    `Zona Integritas ${year}, untuk evaluator (TPI/TPN). Sumber: ${input.siteUrl}`,
    '',
    'Isi paket:',
    '  manifest.csv   satu baris per indikator dan bukti: indikator, judul, tanggal, berkas, ukuran (bytes),',
    '                 SHA-256, alamat, dan apakah berkasnya ada di paket ini.',
    '  SHA256SUMS     sidik SHA-256 setiap berkas di folder berkas/.',
    '  berkas/        berkas bukti, sama persis (byte demi byte) dengan yang terbit di situs.',
    '',
    'Cara memeriksa keaslian: ekstrak paket, lalu di folder hasil ekstrak jalankan',
    '  sha256sum -c SHA256SUMS',
    'Setiap baris harus berakhir "OK" (di Windows: certutil -hashfile berkas\\nama SHA256).',
    '',
    `Status bukti: lengkap ${area.counts.lengkap}, sebagian ${area.counts.sebagian}, belum ${area.counts.belum} dari ${area.counts.total} indikator.`,
  ];
  if (left.length) {
    lines.push('', `Berkas yang TIDAK dimasukkan karena lebih besar dari ${formatBytes(input.maxFileBytes)} (unduh dari situs):`);
    for (const item of left) lines.push(`  - ${item.file!.name} (${formatBytes(item.file!.bytes)}): ${itemUrl(item, input.href)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The pack's text files and the files it stores, with their compression level. */
function packParts(input: PackInput) {
  const files = areaItems(input.area).filter((item) => item.file);
  const kept = files.filter((item) => item.file!.bytes <= input.maxFileBytes);
  const left = files.filter((item) => item.file!.bytes > input.maxFileBytes);
  const texts = {
    'README.txt': readme(input, left),
    'manifest.csv': packManifest(input.area, input.maxFileBytes, input.href),
    'SHA256SUMS': kept.map((item) => `${item.file!.sha256}  berkas/${item.file!.name}\n`).join(''),
  };
  // Already-compressed formats are stored as they are.
  const stored = kept.map((item) => ({ item, level: /^(image|video)\/|pdf|zip/.test(item.file!.mediaType) ? (0 as const) : (6 as const) }));
  return { texts, stored };
}

/** The evaluator ZIP of one area: its files (those under the size limit), manifest.csv, SHA256SUMS and README.txt. */
export function buildAreaPack(input: PackInput): Uint8Array<ArrayBuffer> {
  const { texts, stored } = packParts(input);
  // Fixed timestamps: the same content always gives the same ZIP (and the same checksum).
  const mtime = new Date(Date.UTC(input.year, 0, 1));
  const entries: Zippable = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, [strToU8(text), { mtime }]]));
  for (const { item, level } of stored) entries[`berkas/${item.file!.name}`] = [input.read(item), { mtime, level }];
  return zipSync(entries);
}
