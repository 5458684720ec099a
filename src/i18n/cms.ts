/**
 * Labels and hints of the staff forms at /admin/, Indonesian. Kept apart from the visitor dictionary
 * (`index.ts`) because only the CMS configuration reads them; where the site already names a thing
 * (Tanggal, Indikator, Tim…) the visitor string is reused so staff and visitors read the same word.
 *
 * Keys: `<collection>.<field path>` (collection-specific) or `<field path>` (any collection).
 * A field with no entry here still appears in the form, labelled with its name (see `fieldText`).
 */
import { dictionary } from './index.ts';

export interface FieldText {
  label: string;
  hint?: string;
}

const DATE_HINT = 'Ketik seperti 30/06/2022, atau pilih pada kalender (WIB).';
const CODE_HINT = 'Ketik kode atau kata dari indikator, lalu pilih; boleh lebih dari satu.';

export const cmsFieldText: Record<string, FieldText> = {
  // shared names
  title: { label: 'Judul', hint: 'Singkat dan jelas, paling sedikit 3 huruf.' },
  date: { label: dictionary['note.date'], hint: DATE_HINT },
  indicators: { label: dictionary['note.indicators'], hint: CODE_HINT },
  status: { label: dictionary['note.status'] },
  team: { label: dictionary['note.team'], hint: 'Tim pelaksana seperti tertulis di rencana aksi (boleh dikosongkan).' },
  verifiedAt: { label: 'Tanggal diperiksa', hint: 'Hari ketika isian ini terakhir dicocokkan dengan sumber resminya.' },
  body: { label: 'Isi', hint: 'Tulis biasa: tebal, miring, daftar, tautan. Tanda { } dan < boleh diketik; tersimpan sebagai teks.' },

  // notes
  'notes.title': { label: 'Judul catatan', hint: 'Apa yang dikerjakan, misalnya "Tanggapan atas daftar pengaduan dari Inspektorat".' },
  'notes.date': { label: dictionary['note.date'], hint: 'Tanggal pekerjaan, diketik seperti 30/06/2022 atau dipilih pada kalender; harus di tahun rencana ini. Bulannya menjadi sel linimasa.' },
  'notes.status': { label: dictionary['note.status'], hint: 'selesai, berjalan, atau tertunda.' },
  'notes.evidence': { label: 'Bukti fisik', hint: 'Bukti yang sudah diunggah (menu Bukti). Boleh dikosongkan.' },

  // evidence
  'evidence.title': { label: 'Judul bukti', hint: 'Seperti yang akan dibaca pengunjung dan evaluator.' },
  'evidence.date': { label: 'Tanggal dokumen', hint: 'Tanggal dokumen atau kegiatan, diketik seperti 30/06/2022 atau dipilih pada kalender.' },
  'evidence.file': { label: 'Berkas', hint: 'Unggah PDF, foto, atau dokumen (paling besar 25 MB). Isi berkas ATAU tautan, salah satu saja.' },
  'evidence.url': { label: 'Tautan', hint: 'Alamat lengkap https://… bila buktinya terbit di situs lain. Kosongkan bila mengunggah berkas.' },
  'evidence.kind': { label: 'Jenis', hint: 'Boleh dikosongkan: ditebak dari berkas atau tautannya.' },
  'evidence.description': { label: 'Keterangan', hint: 'Satu kalimat tentang isi bukti (boleh dikosongkan).' },
  'evidence.satisfies': { label: 'Langkah aksi yang dijawab', hint: 'Nomor langkah aksi indikator (1, 2, …). Perlu hanya bila indikatornya punya lebih dari satu langkah berbukti.' },
  'evidence.personalData': { label: 'Memuat data pribadi', hint: 'Centang bila berkas memuat nama, tanda tangan, wajah, NIK, atau data pribadi lain.' },
  'evidence.redacted': { label: 'Data pribadi sudah disamarkan', hint: 'Bukti dengan data pribadi hanya terbit bila datanya sudah disamarkan.' },
  'evidence.lokasiBoleh': { label: 'Lokasi di foto boleh terbit', hint: 'Centang hanya bila lokasi GPS yang tersimpan di foto memang boleh diketahui umum, misalnya kantor KPU.' },

  // surveys
  'surveys.title': { label: 'Judul survei', hint: 'Misalnya "Survei Kepuasan Masyarakat Semester II 2022".' },
  'surveys.start': { label: 'Tanggal mulai', hint: DATE_HINT },
  'surveys.end': { label: 'Tanggal selesai', hint: DATE_HINT },
  'surveys.type': { label: dictionary['survey.type'], hint: 'skm (survei kepuasan), ipak, atau ipkp.' },
  'surveys.official': { label: dictionary['survey.official'], hint: dictionary['survey.officialNote'] },
  'surveys.services': { label: dictionary['survey.services'], hint: 'Layanan yang disurvei, satu per baris.' },
  'surveys.population': { label: dictionary['survey.population'], hint: 'Jumlah pengguna layanan dalam periode survei.' },
  'surveys.method': { label: dictionary['survey.method'], hint: 'Cara responden dijangkau dan ditanya.' },
  'surveys.publishedAt': { label: 'Tanggal hasil diumumkan', hint: DATE_HINT },
  'surveys.followUps': { label: dictionary['survey.followUpsTitle'] },
  'surveys.followUps.action': { label: 'Tindakan' },
  'surveys.followUps.status': { label: dictionary['survey.status'] },
  'surveys.followUps.due': { label: 'Target tanggal', hint: DATE_HINT },
  'surveys.followUps.indicator': { label: 'Indikator rencana', hint: 'Kode indikator, misalnya VI.3.3 (boleh dikosongkan).' },
  'surveys.summary': { label: 'Ringkasan hasil (bila tidak ada berkas jawaban)' },
  'surveys.summary.respondents': { label: 'Jumlah responden' },
  'surveys.summary.nrr': { label: 'NRR per unsur (1–4)' },
  'surveys.score': { label: dictionary['survey.score'], hint: 'Hanya untuk IPAK/IPKP: nilai 0–4.' },
  'surveys.responses': { label: 'Berkas jawaban (CSV)', hint: 'Ekspor spreadsheet: satu baris per responden, kolom U1…U9 berisi 1–4.' },

  // channels
  'channels.name': { label: 'Nama kanal' },
  'channels.shortName': { label: 'Nama pendek', hint: 'Paling banyak 40 huruf.' },
  'channels.order': { label: 'Urutan', hint: 'Angka kecil tampil lebih dulu di /pengaduan/.' },
  'channels.purpose': { label: 'Kegunaan' },
  'channels.cases': { label: 'Kasus yang dilayani' },
  'channels.summary': { label: 'Ringkasan satu baris' },
  'channels.handler': { label: dictionary['channel.handler'] },
  'channels.steps': { label: dictionary['channel.how'], hint: 'Satu langkah per butir.' },
  'channels.deadlines': { label: dictionary['channel.deadlines'] },
  'channels.deadlines.what': { label: 'Apa' },
  'channels.deadlines.workingDays': { label: 'Hari kerja' },
  'channels.deadlines.basis': { label: 'Dasar' },
  'channels.confidentiality': { label: dictionary['channel.confidentiality'] },
  'channels.contacts': { label: dictionary['channel.contacts'], hint: 'Kosongkan alamatnya sampai dipastikan sumber resmi.' },
  'channels.contacts.label': { label: 'Tulisan yang dibaca pengunjung' },
  'channels.contacts.url': { label: 'Alamat web (https://…)' },
  'channels.contacts.address': { label: 'Alamat e-mail' },
  'channels.contacts.number': { label: 'Nomor', hint: 'Diawali 0 atau +62.' },
  'channels.office': { label: 'Bisa di kantor', hint: 'Centang bila kantor sendiri menerima laporan lewat kanal ini.' },
  'channels.more': { label: 'Halaman lanjutan', hint: 'Path situs ini, misalnya /gratifikasi/.' },
  'channels.basis': { label: dictionary['channel.basis'], hint: 'Satu dasar hukum per butir.' },
  'channels.indicators': { label: dictionary['note.indicators'] },
  'channels.unitChannel': { label: 'Kanal milik kantor yang dijadwalkan rencana aksi', hint: 'Isi "Dipastikan ada" hanya setelah kanal itu benar-benar berjalan.' },
  'channels.unitChannel.name': { label: 'Nama kanal kantor' },
  'channels.unitChannel.indicator': { label: 'Indikator rencana', hint: 'Kode indikator yang menjadwalkan kanal ini, misalnya V.3.1.' },
  'channels.unitChannel.alternative': { label: 'Jalan lain selama kanal belum ada' },
  'channels.unitChannel.confirmed': { label: 'Dipastikan ada' },
  'channels.unitChannel.confirmed.source': { label: 'Sumber yang memastikan', hint: 'Misalnya nomor keputusan yang membentuknya.' },
  'channels.unitChannel.summary': { label: 'Ringkasan satu baris' },
  'channels.unitChannel.steps': { label: dictionary['channel.how'], hint: 'Satu langkah per butir.' },
  'channels.unitChannel.contacts': { label: dictionary['channel.contacts'] },
  'channels.unitChannel.contacts.label': { label: 'Tulisan yang dibaca pengunjung' },
  'channels.unitChannel.contacts.url': { label: 'Alamat web (https://…)' },
  'channels.unitChannel.contacts.address': { label: 'Alamat e-mail' },
  'channels.unitChannel.contacts.number': { label: 'Nomor', hint: 'Diawali 0 atau +62.' },
  'channels.unitChannel.deadlines': { label: dictionary['channel.deadlines'] },
  'channels.unitChannel.deadlines.what': { label: 'Apa' },
  'channels.unitChannel.deadlines.workingDays': { label: 'Hari kerja' },
  'channels.unitChannel.deadlines.basis': { label: 'Dasar' },

  // unit
  'unit.name': { label: 'Nama lengkap satuan kerja' },
  'unit.shortName': { label: 'Nama pendek' },
  'unit.siteName': { label: 'Nama portal' },
  'unit.website': { label: 'Situs resmi', hint: 'Alamat lengkap https://…' },
  'unit.address': { label: 'Alamat kantor' },
  'unit.phone': { label: 'Telepon kantor', hint: 'Diawali 0 atau +62.' },
  'unit.email': { label: 'E-mail kantor' },
  'unit.hours': { label: dictionary['channel.hours'], hint: 'Misalnya "Senin–Jumat 08.00–16.00 WIB".' },
  // LKE: mapping and self-assessment
  'lkeMappings.mappings': { label: 'Pemetaan indikator ke pertanyaan LKE' },
  'lkeMappings.mappings.indicator': { label: 'Indikator rencana aksi' },
  'lkeMappings.mappings.questions': { label: 'Pertanyaan LKE yang dijawab', hint: 'Ketik kode atau kata dari pertanyaan LKE, lalu pilih; boleh lebih dari satu.' },
  'lkeMappings.mappings.reading': { label: 'Pembacaan', hint: '"sama" bila indikator mengulang kata-kata pertanyaan; "tafsiran" bila tidak (isi alasannya).' },
  'lkeMappings.mappings.reason': { label: 'Alasan tafsiran', hint: 'Wajib untuk "tafsiran": mengapa indikator ini menjawab pertanyaan itu (10–300 huruf).' },
  'lkeAssessments.answers': { label: 'Jawaban penilaian mandiri', hint: 'Tambah satu jawaban per pertanyaan LKE; pilih jenis yang tertulis di belakang kode pertanyaan.' },
  'lkeAssessments.answers.question': { label: 'Pertanyaan LKE', hint: 'Jenis jawabannya tertulis dalam kurung siku; harus sama dengan jenis yang dipilih.' },
  'lkeAssessments.answers.jenis': { label: 'Jenis jawaban' },
  'lkeAssessments.answers.answer': { label: 'Jawaban' },
  'lkeAssessments.answers.inputs': { label: 'Angka baris persentase' },
  'lkeAssessments.answers.inputs.key': { label: 'Isian' },
  'lkeAssessments.answers.inputs.value': { label: 'Jumlah' },
  'lkeAssessments.answers.value': { label: 'Nilai survei (0–4)', hint: 'Seperti tertulis di laporan survei, misalnya 3,45.' },
  'lkeAssessments.answers.source': { label: 'Dokumen sumber angka', hint: 'Wajib untuk baris Hasil (IPAK, IPKP, capaian kinerja): judul laporan asal angkanya.' },
  'lkeAssessments.answers.justification': { label: 'Alasan', hint: 'Mengapa jawaban ini, dengan kata-kata kriteria LKE (10–400 huruf).' },
  'lkeAssessments.answers.evidence': { label: 'Bukti', hint: 'Paling banyak 3 bukti tahun ini yang sudah diunggah (menu Bukti).' },
  'lkeAssessments.answers.updated': { label: 'Tanggal diubah', hint: DATE_HINT },
  'unit.currentYear': { label: 'Tahun rencana yang ditampilkan di beranda', hint: 'Kosongkan: beranda menampilkan rencana terbaru yang tahunnya sudah dimulai. Isi tahun empat angka, mis. 2023, hanya untuk memilih tahun lain.' },
  'unit.social': { label: 'Akun media sosial resmi' },
  'unit.social.name': { label: 'Nama akun' },
  'unit.social.url': { label: 'Alamat (https://…)' },
  'unit.portal': { label: 'Alamat portal ini', hint: 'Isi hanya setelah portal benar-benar dapat dibuka di alamat itu.' },
  'unit.portal.url': { label: 'Alamat halaman depan portal', hint: 'Lengkap, diawali https:// dan diakhiri /.' },
  'unit.portal.confirmedAt': { label: 'Tanggal alamat dipastikan' },
};

/** Interface texts of the CMS pages themselves. */
export const cmsText = {
  pageTitle: 'Kelola isi — Portal Zona Integritas',
  noscript: 'Halaman pengelolaan isi memerlukan JavaScript. Situs publik tidak.',
  notSetUpTitle: 'Penyunting isi belum disiapkan untuk situs ini',
  notSetUpBody:
    'Halaman ini tidak dapat dipakai untuk mengubah isi situs: administrator belum menghubungkannya ke penyimpanan isi. Staf yang perlu memperbarui isi dapat menghubungi administrator situs.',
  notSetUpBack: 'Kembali ke beranda',
  notesCollection: 'Catatan kemajuan {year}',
  evidenceCollection: 'Bukti fisik {year}',
  surveysCollection: 'Survei',
  channelsCollection: 'Kanal pengaduan',
  unitCollection: 'Identitas satuan kerja',
  lkeMappingFile: 'Pemetaan rencana aksi {year} ke LKE',
  lkeAssessmentFile: 'Penilaian mandiri {year} (bukan hasil TPI/TPN)',
  unitFile: 'unit.yaml',
  newField: 'Isi sesuai aturan pemeriksaan situs.',
  yearPattern: 'Tanggal harus di tahun {year}, ditulis seperti 30/06/{year}.',
  datePattern: 'Tulis tanggal seperti 30/06/2022 (hari/bulan/tahun).',
  contactType: 'Jenis kontak',
} as const;

/** Label and hint of a field: the collection's own entry, else the shared one, else the field name (never dropped). */
export function fieldText(collection: string, path: string): FieldText {
  const own = cmsFieldText[`${collection}.${path}`] ?? cmsFieldText[path] ?? cmsFieldText[path.split('.').at(-1)!];
  // a field without its own text keeps its name as label (tests/unit/cms-config.test.ts lists them), never a developer hint
  return own ?? { label: path.split('.').at(-1)!, hint: cmsText.newField };
}
