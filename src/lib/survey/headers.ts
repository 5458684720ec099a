import { PROFILE_COLUMNS, UNSUR, type ProfileColumn, type UnsurCode } from './unsur.ts';

/**
 * What a `responses.csv` header cell means. Spreadsheets from different offices name the same
 * column differently (`U1`, `U 1`, `Unsur 1`, `P1`, `Q1`, `Persyaratan`; `Jenis Kelamin`, `JK`,
 * `Umur`…): all are matched case-, space- and punctuation-insensitively.
 */
export type HeaderMeaning = UnsurCode | 'tanggal' | ProfileColumn;

/** "Jenis_Kelamin ", "jenis-kelamin", "JENIS KELAMIN" → "jeniskelamin". */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const PROFILE_ALIASES: Record<'tanggal' | ProfileColumn, string[]> = {
  tanggal: ['tanggal', 'tgl', 'tanggalsurvei', 'tanggalpengisian', 'tanggalisi', 'tanggallayanan', 'stempelwaktu', 'capwaktu', 'timestamp', 'waktupengisian'],
  jenis_kelamin: ['jeniskelamin', 'jk', 'kelamin', 'gender', 'lp'],
  usia: ['usia', 'umur', 'usiatahun', 'umurtahun', 'usiaresponden', 'umurresponden'],
  pendidikan: ['pendidikan', 'pendidikanterakhir', 'pendidikanresponden', 'pendidikanterakhirresponden'],
  pekerjaan: ['pekerjaan', 'pekerjaanutama', 'profesi', 'pekerjaanresponden'],
  layanan: ['layanan', 'jenislayanan', 'jenispelayanan', 'pelayanan', 'layananyangditerima', 'layananyangditerima'],
};

/** Columns offices add that carry nothing to compute (row numbers): ignored without a warning. */
const SILENT = new Set(['no', 'nomor', 'nourut', 'nomorurut']);

const UNSUR_PREFIX = /^(?:u|unsur|p|q|pertanyaan|soal)0?([1-9])(.*)$/;

const byKey = new Map<string, HeaderMeaning>();
for (const [meaning, keys] of Object.entries(PROFILE_ALIASES)) for (const key of keys) byKey.set(key, meaning as HeaderMeaning);
for (const { code, name } of UNSUR) byKey.set(headerKey(name), code);
byKey.set('biaya', 'U4');
byKey.set('tarif', 'U4');
byKey.set('prosedur', 'U2');
byKey.set('sistemmekanismeprosedur', 'U2');
byKey.set('produkspesifikasi', 'U5');
byKey.set('produklayanan', 'U5');
byKey.set('penangananpengaduan', 'U8');
byKey.set('penangananpengaduansaranmasukan', 'U8');
byKey.set('saranaprasarana', 'U9');

/** The column a header cell stands for, `ignore` for a row number, or undefined when unknown. */
export function headerMeaning(cell: string): HeaderMeaning | 'ignore' | undefined {
  const key = headerKey(cell);
  if (SILENT.has(key)) return 'ignore';
  const direct = byKey.get(key);
  if (direct) return direct;
  // "U1", "Unsur 1", "P1. Persyaratan", "Q1 (Persyaratan)": a number, optionally followed by its own name
  const numbered = UNSUR_PREFIX.exec(key);
  if (numbered) {
    const unsur = UNSUR[Number(numbered[1]) - 1]!;
    const rest = numbered[2]!;
    if (rest === '' || byKey.get(rest) === unsur.code) return unsur.code;
  }
  return undefined;
}

/** How staff may title an unsur's column, for messages: "U3 (atau Unsur 3, P3, Waktu Penyelesaian)". */
export function unsurHeaderHelp(code: UnsurCode): string {
  const unsur = UNSUR.find((item) => item.code === code)!;
  const n = code.slice(1);
  return `${code} (atau Unsur ${n}, P${n}, ${unsur.name})`;
}

export const PROFILE_HEADER_EXAMPLES = 'Tanggal, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, Layanan';
export { PROFILE_COLUMNS };
