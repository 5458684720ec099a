/** Strings of the site chrome, shared by every page. */
export const common = {
  'site.tagline': 'Rencana aksi, kemajuan, dan bukti pembangunan Zona Integritas',
  'skip.toMain': 'Langsung ke konten utama',
  'nav.label': 'Menu utama',
  'nav.home': 'Beranda',
  'nav.plan': 'Rencana Aksi',
  'nav.decree': 'Keputusan',
  'nav.data': 'Data Terbuka',
  'breadcrumb.label': 'Lokasi halaman',
  'footer.privacy': 'Situs ini tidak memakai cookie dan tidak memuat apa pun dari situs lain.',
  'footer.official': 'Situs resmi',
  'sample.banner': 'CONTOH DATA — bukan data resmi. Halaman ini dibangun dari data contoh untuk uji coba.',
  'sample.title': 'Contoh data',
  'notFound.title': 'Halaman tidak ditemukan',
  // Pager of every list split into pages (src/lib/pagination.ts, components/layout/Pager.astro).
  'pager.label': 'Halaman',
  'pager.pageOf': 'Halaman {page} dari {pages}',
  'pager.prev': '‹ Sebelumnya',
  'pager.next': 'Berikutnya ›',
  'pager.titleSuffix': '{title}, halaman {page} dari {pages}',
  'notFound.body': 'Alamat yang Anda buka tidak ada atau sudah dipindahkan. Coba mulai dari salah satu halaman berikut.',
} as const;
