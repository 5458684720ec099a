import { withOriginal } from './developer-detail.ts';

/**
 * The YAML parser's error codes (`yaml` package) said in Indonesian, with what to do. Codes not
 * listed get a general explanation; the English original is kept for developers (PZI_DEBUG=1).
 */
const BY_CODE: Record<string, string> = {
  TAB_AS_INDENT: 'Baris ini diawali tanda Tab. Di bagian data, jarak di awal baris hanya boleh spasi: ganti setiap Tab di awal baris dengan dua spasi.',
  MISSING_CHAR: 'Ada tanda pembuka tanpa penutup: tanda kutip " atau \' harus ditutup di baris yang sama, [ dengan ], dan { dengan }.',
  DUPLICATE_KEY: 'Nama isian ini tertulis dua kali. Setiap isian (mis. title, date) hanya boleh muncul sekali; hapus salah satunya.',
  BAD_INDENT: 'Jarak di awal baris (indentasi) tidak sesuai dengan baris di atasnya. Samakan jumlah spasinya dengan isian lain di tingkat yang sama, atau tutup daftar [ … ] di baris yang sama.',
  BLOCK_AS_IMPLICIT_KEY: 'Isian berisi tanda titik dua ( : ) di tengah teks, sehingga terbaca sebagai isian baru. Bungkus seluruh teksnya dengan tanda kutip, mis. title: "Rapat: evaluasi semester I".',
  MULTILINE_IMPLICIT_KEY: 'Nama isian tidak boleh terpotong ke baris berikutnya. Tulis "nama: isi" dalam satu baris, atau bungkus teks panjang dengan tanda kutip.',
  BAD_SCALAR_START: 'Isian tidak boleh diawali tanda @ atau ` tanpa tanda kutip. Bungkus isinya dengan tanda kutip, mis. "@akun".',
  BAD_DQ_ESCAPE: 'Di dalam tanda kutip ganda, garis miring terbalik ( \\ ) memulai kode khusus. Tulis \\\\ bila maksudnya garis miring terbalik biasa, atau pakai tanda kutip tunggal \'…\'.',
  UNEXPECTED_TOKEN: 'Susunan baris ini tidak dapat dibaca: mungkin tanda - (butir daftar) dan "nama: isi" tercampur, atau jarak di awal baris berbeda dari baris di atasnya.',
  BLOCK_IN_FLOW: 'Di dalam [ … ] atau { … } semua butir ditulis dalam satu baris, dipisahkan koma.',
  MULTIPLE_DOCS: 'Bagian data hanya boleh satu: hapus baris "---" tambahan di dalamnya.',
  NON_STRING_KEY: 'Nama isian harus berupa kata biasa, mis. title:.',
  UNKNOWN_TAG: 'Tanda yang diawali "!" (mis. !!js/function) tidak dikenal dan tidak diizinkan. Hapus tanda itu; bila maksudnya teks biasa, bungkus seluruh isinya dengan tanda kutip.',
};

const GENERAL = 'Penulisan bagian data tidak dapat dibaca. Periksa tanda kutip, titik dua setelah nama isian, dan spasi di awal baris (tanpa Tab).';

/** One YAML error as staff read it: "Penulisan data (YAML) tidak sah: …". */
export function yamlMessage(code: string, original: string, env?: Record<string, string | undefined>): string {
  return `Penulisan data (YAML) tidak sah: ${withOriginal(BY_CODE[code] ?? GENERAL, `${code}: ${original}`, env)}`;
}

/** An alias bomb: anchors (&nama) and aliases (*nama) that would expand into a huge amount of data. */
export function aliasMessage(original: string, env?: Record<string, string | undefined>): string {
  return `Penulisan data (YAML) tidak sah: ${withOriginal('Bagian data memakai terlalu banyak rujukan (&nama dan *nama) yang akan berlipat ganda menjadi data sangat besar. Tulis setiap isian secara langsung, tanpa & dan *.', original, env)}`;
}

/**
 * Errors after the first that only follow from it (the parser loses its place and reports every
 * later token) are dropped; one error per line is enough to find the cause.
 */
export function firstCauses<T extends { code: string; line: number }>(errors: readonly T[]): T[] {
  const kept: T[] = [];
  for (const error of errors) {
    if (kept.some((other) => other.line === error.line)) continue;
    if (kept.length && error.code === 'UNEXPECTED_TOKEN') continue;
    kept.push(error);
  }
  return kept;
}
