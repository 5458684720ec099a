import { route, fileRoute } from '../route.ts';

/** The pages built from `content/panduan/<id>.mdx`: id → site path. A guide file with another id has no page. */
export const GUIDE_PATHS = {
  pengaduan: route('pengaduan'),
  gratifikasi: route('gratifikasi'),
  'benturan-kepentingan': route('benturan-kepentingan'),
  'standar-pelayanan': route('standar-pelayanan'),
  'rekap-pengaduan': route('pengaduan', 'rekap'),
} as const;

/** Printable poster of a guide. */
export const posterPath = (guideId: string) => route('cetak', guideId);

/** Where a channel's card sits: its file name is the fragment. */
export const channelPath = (channelId: string) => `${GUIDE_PATHS.pengaduan}#${channelId}`;

export const complaintsDataPath = () => fileRoute('data', 'pengaduan.json');
