/**
 * How to turn a file type the site does not publish into one it does, for the types phones and office
 * PCs produce most. HEIC/HEIF and AVIF are not published: browsers on older phones cannot show them, and
 * their location metadata lives in structures the check would have to read separately. A MOV from an
 * iPhone is the same QuickTime container as MP4 and is accepted once named .mp4 (its location is checked).
 */
const HINTS: Readonly<Record<string, string>> = {
  '.heic': 'Foto iPhone (HEIC): buka fotonya lalu bagikan/ekspor sebagai JPEG, atau atur Pengaturan → Kamera → Format → "Paling Kompatibel" agar foto berikutnya langsung JPEG.',
  '.heif': 'Foto HEIF: buka fotonya lalu ekspor/simpan sebagai JPEG (.jpg).',
  '.avif': 'Gambar AVIF: buka lalu simpan sebagai JPEG (.jpg), PNG atau WebP.',
  '.tif': 'Gambar TIFF (hasil pindai): simpan sebagai PDF bila dokumen, atau JPEG/PNG bila foto.',
  '.tiff': 'Gambar TIFF (hasil pindai): simpan sebagai PDF bila dokumen, atau JPEG/PNG bila foto.',
  '.bmp': 'Gambar BMP: buka di Paint lalu "Save as" PNG atau JPEG.',
  '.mov': 'Video iPhone (MOV): ganti akhiran namanya menjadi .mp4 (isinya sama-sama video QuickTime/MP4), atau ekspor sebagai MP4.',
  '.3gp': 'Video 3GP: ekspor/konversi sebagai MP4.',
  '.mkv': 'Video MKV: ekspor/konversi sebagai MP4 atau WebM.',
  '.svg': 'Gambar SVG dapat berisi kode program: ekspor sebagai PNG.',
  '.html': 'Halaman web dapat berisi kode program: simpan sebagai PDF ("Cetak" → "Simpan sebagai PDF").',
  '.htm': 'Halaman web dapat berisi kode program: simpan sebagai PDF ("Cetak" → "Simpan sebagai PDF").',
  '.rar': 'Arsip RAR: buat ulang sebagai ZIP (klik kanan folder → "Send to" → "Compressed (zipped) folder").',
  '.7z': 'Arsip 7z: buat ulang sebagai ZIP (klik kanan folder → "Send to" → "Compressed (zipped) folder").',
};

/** The conversion advice for an extension (with its dot, lower case), or the general advice. */
export function convertHint(extension: string): string {
  return HINTS[extension] ?? 'Simpan ulang berkasnya dalam salah satu jenis itu (mis. "Simpan sebagai PDF").';
}
