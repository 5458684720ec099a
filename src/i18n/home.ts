/** Strings of the home page. */
export const home = {
  'home.title': 'Beranda',
  'home.description': 'Portal keterbukaan pembangunan Zona Integritas {unit}: rencana aksi {year}, kemajuan, bukti fisik, hasil survei, dan kanal pengaduan.',
  'home.intro': 'Situs ini membuka kepada publik rencana aksi pembangunan Zona Integritas {unit} menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM), beserta pelaksanaan dan buktinya.',
  'home.forPublic': 'Untuk masyarakat: lihat apa yang dijanjikan, apa yang sudah dikerjakan, dan ke mana melapor.',
  'home.forEvaluators': 'Untuk evaluator: periksa setiap indikator beserta bukti fisik yang dipersyaratkan dan yang sudah dipublikasikan.',
  'home.next': 'Mulai dari sini',
  'home.nextPlan': 'Rencana aksi {year} lengkap, per area dan komponen',
  'home.nextDecree': 'Naskah keputusan yang menetapkan rencana aksi',
  'home.nextData': 'Data terbuka (JSON dan CSV) untuk diunduh',
} as const;
