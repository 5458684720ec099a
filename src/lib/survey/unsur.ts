/**
 * The nine unsur of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017), in the order of the
 * `responses.csv` columns U1…U9. Results are keyed by NAME: sources order the last two
 * differently, so a position alone never identifies an unsur.
 */
export const UNSUR = [
  { code: 'U1', name: 'Persyaratan' },
  { code: 'U2', name: 'Sistem, Mekanisme, dan Prosedur' },
  { code: 'U3', name: 'Waktu Penyelesaian' },
  { code: 'U4', name: 'Biaya/Tarif' },
  { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan' },
  { code: 'U6', name: 'Kompetensi Pelaksana' },
  { code: 'U7', name: 'Perilaku Pelaksana' },
  { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan' },
  { code: 'U9', name: 'Sarana dan Prasarana' },
] as const;

export type UnsurCode = (typeof UNSUR)[number]['code'];
export type UnsurName = (typeof UNSUR)[number]['name'];

export const UNSUR_CODES = UNSUR.map((unsur) => unsur.code) as UnsurCode[];

/** "U4" → "Biaya/Tarif". */
export function unsurName(code: UnsurCode): UnsurName {
  return UNSUR.find((unsur) => unsur.code === code)!.name;
}

/** Optional respondent columns of `responses.csv`, shown as the respondent profile. */
export const PROFILE_COLUMNS = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan', 'layanan'] as const;
export type ProfileColumn = (typeof PROFILE_COLUMNS)[number];
