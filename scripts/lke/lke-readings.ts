/**
 * What the LKE's text layer does not give by itself: the rule of each percentage row (read from its
 * explanation), the corrections of cells the PDF cuts off, and Tabel 6 of Lampiran II (page 58).
 */
import type { z } from 'astro/zod';
import type { lkeFormula, LkeRequirement } from '../../src/schemas/lke.ts';
import type { LkeCorrection } from './lke-build.ts';

type Formula = z.output<typeof lkeFormula>;

const stated = (text: string) => ({ kind: 'sama' as const, text });

/** Keys are the inputs' keys (slugs of their labels, see lke-build.ts). */
export const FORMULAS: Record<string, Formula> = {
  'A.II.1.i.a': {
    kind: 'rasio', numerator: 'jumlah-perubahan-yang-dibuat', denominator: 'jumlah-agen-perubahan',
    reading: stated('Persentase diperoleh dari Jumlah Perubahan yang dibuat dibagi dengan Jumlah Agen Perubahan.'),
  },
  'A.II.1.i.b': {
    kind: 'rasio', numerator: 'jumlah-perubahan-yang-telah-diintegrasik', denominator: 'jumlah-perubahan-yang-dibuat',
    reading: {
      kind: 'tafsiran',
      text: 'Jumlah Perubahan yang telah diintegrasikan dalam sistem manajemen dibagi dengan Jumlah Perubahan yang dibuat.',
      reason: 'Baris ini tidak memuat penjelasan; rumusnya dibaca dari judul baris dan dua isiannya, dengan pola yang sama seperti baris sebelumnya.',
    },
  },
  'A.II.3.iii.a': {
    kind: 'penurunan', previous: 'jumlah-pelanggaran-tahun-sebelumnya', current: 'jumlah-pelanggaran-tahun-ini',
    reading: stated('Jumlah pelanggaran tahun sebelumnya dikurangi Jumlah pelanggaran tahun ini kemudian dibagi dengan Jumlah pelanggaran tahun sebelumnya.'),
  },
  'A.II.4.i.a': {
    kind: 'rasio', numerator: 'jumlah-sasaran-kinerja-yang-tercapai-100', denominator: 'jumlah-sasaran-kinerja',
    reading: stated('Persentase diperoleh dari Jumlah Sasaran Kinerja yang tercapai 100% atau lebih dibagi dengan Jumlah Sasaran Kinerja.'),
  },
  'A.II.5.ii.a': {
    kind: 'rasio', numerator: 'jumlah-pengaduan-masyarakat-yang-selesai', denominator: 'jumlah-pengaduan-masyarakat-yang-harus-d',
    reading: {
      kind: 'tafsiran',
      text: 'Jumlah pengaduan yang selesai ditindaklanjuti dibagi dengan Jumlah pengaduan yang harus ditindaklanjuti.',
      reason: 'Penjelasan hanya menyebut "realisasi penanganan pengaduan masyarakat yang harus diselesaikan"; pengaduan yang sedang diproses belum selesai, jadi tidak dihitung sebagai realisasi.',
    },
  },
  'A.II.5.iii.a': {
    kind: 'rasio', numerator: 'jumlah-yang-sudah-melaporkan', denominator: 'jumlah-yang-harus-melaporkan',
    reading: {
      kind: 'tafsiran',
      text: 'Jumlah yang sudah melaporkan LHKPN dibagi dengan Jumlah yang harus melaporkan.',
      reason: 'Penjelasan hanya menyebut dasar hukumnya; "persentase penyampaian" dibaca sebagai yang sudah melapor dibagi yang wajib melapor.',
    },
  },
  'A.II.5.iii.b': {
    kind: 'rasio', numerator: 'jumlah-yang-sudah-melaporkan', denominator: 'jumlah-yang-harus-melaporkan-asn-tidak-w',
    reading: {
      kind: 'tafsiran',
      text: 'Jumlah yang sudah melaporkan LHKASN dibagi dengan Jumlah yang harus melaporkan.',
      reason: 'Penjelasan hanya menyebut dasar hukumnya; "persentase penyampaian" dibaca sebagai yang sudah melapor dibagi yang wajib melapor.',
    },
  },
  'A.II.6.i.b': {
    kind: 'rasio', numerator: 'jumlah-perijinan-pelayanan-yang-telah-di', denominator: 'jumlah-perijinan-pelayanan-yang-terdata',
    reading: stated('Persentase diperoleh dari Jumlah perijinan/pelayanan yang telah dipermudah dibagi dengan Jumlah perijinan/pelayanan yang terdata/terdaftar.'),
  },
};

export const CORRECTIONS: LkeCorrection[] = [
  {
    target: 'B.I.b.options',
    field: 'options',
    original: '',
    corrected: 'Kinerja utama tidak berorientasi hasil.',
    reason: 'Pilihan jawabannya A/B/C/D/E, tetapi sel penjelasan di halaman 87 terpotong setelah butir d; kriteria kelima diambil dari uraian Capaian Kinerja lebih baik di Lampiran II (butir v).',
    kind: 'tafsiran',
  },
  {
    target: 'A.II.2.i',
    field: 'name',
    original: 'Peta Proses Bisnis Mempengaruhi',
    corrected: 'Peta Proses Bisnis Mempengaruhi Penyederhanaan Jabatan',
    reason: 'Sel judul di halaman 81 terpotong; nama lengkapnya tertulis di uraian Aspek Reform Lampiran II (halaman 20).',
    kind: 'tafsiran',
  },
  {
    target: 'A.II.6.ii',
    field: 'name',
    original: 'Penanganan Pengaduan Pelayanan dan',
    corrected: 'Penanganan Pengaduan Pelayanan dan Konsultasi',
    reason: 'Sel judul di halaman 86 terpotong setelah "dan"; kriteria baris ini menyebut "pengaduan pelayanan dan konsultasi".',
    kind: 'tafsiran',
  },
];

/** Tabel 6 of Lampiran II (page 58): the requirements for the Menuju WBK and Menuju WBBM predicates. */
export const REQUIREMENTS: LkeRequirement[] = [
  { key: 'total', label: 'Nilai Total', wbk: 75, wbbm: 85, unit: 'poin', note: { wbbm: 'Telah mendapatkan predikat Menuju WBK' } },
  { key: 'pengungkit', label: 'Nilai Minimal Pengungkit', wbk: 40, wbbm: 48, unit: 'poin', note: {} },
  { key: 'area', label: 'Bobot nilai minimal per area pengungkit', wbk: 60, wbbm: 75, unit: 'persen-bobot', note: {} },
  { key: 'hasil-bersih', label: 'Nilai komponen hasil "Pemerintah yang Bersih dan Akuntabel" minimal', wbk: 18.25, wbbm: 19.5, unit: 'poin', note: {} },
  { key: 'ipak', label: 'Nilai sub-komponen "Survei Persepsi Anti Korupsi" minimal', wbk: 15.75, wbbm: 15.75, unit: 'poin', note: { wbk: 'survey 3,60', wbbm: 'survey 3,60' } },
  { key: 'kinerja', label: 'Nilai sub-komponen "Kinerja Lebih Baik" minimal', wbk: 2.5, wbbm: 3.75, unit: 'poin', note: {} },
  { key: 'hasil-pelayanan', label: 'Nilai komponen hasil "Pelayanan Publik yang prima" minimal', wbk: 14, wbbm: 15.75, unit: 'poin', note: { wbk: 'survey 3,20', wbbm: 'survey 3,60' } },
];
