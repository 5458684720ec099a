/**
 * The reading decisions for the 2022 decree (Keputusan KPU Kota Magelang Nomor 9 Tahun 2022),
 * read off its signed copy. Only that decree's import passes them to `parseDecreeTable`; a later
 * decree gets its own list after someone has read its copy.
 */
import { closeOpenParenthesis, type KnownContinuation, type ParseOptions, type RowRepair, type TextField, type TextFix } from './decree-table.ts';

/**
 * Rows that continue the previous action although they carry their own evidence and months.
 *
 * Reading decision: an explicit list matched by text, not a heuristic. The one case in 2022
 * (IV.1, line 141) looks exactly like a further action, e.g. III.3.5's "Melakukan monev terhadap
 * kegiatan pendidikan…" (line 127): empty NO/KOMPONEN/INDIKATOR, own step, own evidence, own
 * months, and in both cases the previous evidence ends with a comma. Only the wording tells them
 * apart ("…terlibat dalam penyusunan" needs an object), which no robust rule can read. A listed
 * row that does not have the shape of an action row makes the parser throw.
 */
export const KNOWN_CONTINUATIONS: readonly KnownContinuation[] = [
  {
    stepStartsWith: 'RENSTRA, Rencana Kerja Tahunan, Dokumen Indikator Kinerja Utama, dan LAKIP',
    reason:
      'Baris IV.1 ini melanjutkan langkah aksi "Sekretaris KPU Kota Magelang terlibat dalam penyusunan" ' +
      'dan bukti fisik "Dokumen RENSTRA KPU," dari baris sebelumnya; sel tabel terpotong saat ekstraksi.',
  },
];

/**
 * Area V component 1 was scrambled by the extraction (lines 154–155): the texts of two rows moved
 * into the NO column and one field to the left, while their check marks stayed in place (fields
 * 11–13, months 6–8).
 * - "Memasang baliho, …" is the second action of the first indicator; it has no evidence of its own.
 * - "Pengendalian Gratifikasi telah diimplementasikan" is the second indicator; its step sits in
 *   field 3 and its evidence in field 4.
 */
export const ROW_REPAIRS: readonly RowRepair[] = [
  {
    firstFieldStartsWith: 'Memasang baliho, spanduk, roll banner, dan pembuatan konten tentang tolak gratifikasi',
    kind: 'action',
    columns: { step: 1 },
    reason: 'Langkah aksi kedua indikator V.1.1 terbaca di kolom NO; tidak ada bukti fisik tersendiri.',
  },
  {
    firstFieldStartsWith: 'Pengendalian Gratifikasi telah diimplementasikan',
    kind: 'indicator',
    columns: { indicator: 1, step: 3, evidence: 4 },
    reason: 'Indikator V.1.2 terbaca di kolom NO, langkah aksi dan bukti fisiknya bergeser satu kolom ke kiri.',
  },
];


const ALL_TEXT: readonly TextField[] = ['areaTitle', 'componentTitle', 'indicator', 'step', 'evidence'];

/** A literal-ish fix by regular expression. */
function replaceFix(pattern: RegExp, replacement: string, reason: string, fields = ALL_TEXT): TextFix {
  return { fields, apply: (text) => text.replace(pattern, replacement), reason };
}

/** The fixes of the 2022 decree. Wording otherwise stays as decreed ("resiko", "Presentase", …). */
export const TEXT_FIXES: readonly TextFix[] = [
  replaceFix(/WBW\/WBBMKPU/g, 'WBK/WBBM', 'Ekstraksi teks salah membaca "WBK/WBBM" menjadi "WBW/WBBMKPU".'),
  replaceFix(/\bWBKfWBBM\b/g, 'WBK/WBBM', 'Garis miring pada "WBK/WBBM" terbaca sebagai huruf "f" saat ekstraksi teks.'),
  replaceFix(/\bWBKMBBM\b/g, 'WBK/WBBM', 'Garis miring dan huruf "W" pada "WBK/WBBM" terbaca sebagai "M" saat ekstraksi teks.'),
  replaceFix(/\bKPLJ\b/g, 'KPU', 'Huruf "U" pada "KPU" terbaca sebagai "LJ" saat ekstraksi teks.'),
  replaceFix(/\bintenel\b/g, 'internal', 'Ekstraksi teks salah membaca "internal" menjadi "intenel".'),
  replaceFix(/\bHel desk\b/g, 'Help desk', 'Huruf "p" pada "Help desk" hilang saat ekstraksi teks.'),
  {
    ...replaceFix(
      /\s+mensosialisasikan$/,
      '',
      'Kata "mensosialisasikan" terbawa dari kolom lain saat ekstraksi teks.',
      ['componentTitle'],
    ),
    // Whether the word belongs to another cell is a judgement on the layout, not a misread letter.
    kind: 'tafsiran',
  },
  {
    fields: ALL_TEXT,
    apply: closeOpenParenthesis,
    reason: 'Tanda kurung tutup di akhir teks hilang saat ekstraksi teks.',
  },
  {
    ...replaceFix(
      /,$/,
      '',
      'Koma di akhir bukti fisik adalah sisa sel tabel yang terpotong saat ekstraksi teks.',
      ['evidence'],
    ),
    // Reading the comma as a cut-off cell (rather than wording) is a judgement on the layout.
    kind: 'tafsiran',
  },
];

/** Everything the 2022 import passes to `parseDecreeTable`. */
export const DECREE_2022_RULES: ParseOptions = {
  knownContinuations: KNOWN_CONTINUATIONS,
  rowRepairs: ROW_REPAIRS,
  textFixes: TEXT_FIXES,
};
