import { z } from 'astro/zod';
import { httpsUrl, indicatorCode, verifiedAt } from './shared.ts';

/** A poster to print (A4), with a QR code to the guide's page. */
const posterSchema = z.strictObject({
  /** Large headline. */
  title: z.string().min(3),
  /** A few short lines under it. */
  lines: z.array(z.string().min(3)).min(1).max(5, 'Poster memuat paling banyak 5 baris agar muat satu halaman.'),
});

/** A document of the unit the page refers to; without `url` it is shown as "not published yet". */
const documentSchema = z.strictObject({
  /** Name of the document. */
  label: z.string().min(3),
  /** Where it is published (https). */
  url: httpsUrl.optional(),
  /** Day the link was last checked. */
  verifiedAt: verifiedAt.optional(),
});

/**
 * An explanatory page of the complaint and integrity part of the site: `content/panduan/<id>.mdx`.
 * The id names the page (pengaduan, gratifikasi, benturan-kepentingan, standar-pelayanan, rekap-pengaduan);
 * the MDX body is its text, written by staff with each fact's legal basis.
 */
export const guideSchema = z.strictObject({
  /** Page heading. */
  title: z.string().min(3),
  /** One sentence for search engines and shared links. */
  description: z.string().min(20),
  /** Lead paragraph under the heading. */
  lead: z.string().min(10).optional(),
  /** Channels (file names in content/kanal/) shown as cards on this page. */
  channels: z.array(z.string().min(2)).default([]),
  /** Indicators of the newest plan this page serves. */
  indicators: z.array(indicatorCode).default([]),
  /** Legal basis, one per line. */
  basis: z.array(z.string().min(3)).default([]),
  /** The unit's own documents this page refers to. */
  documents: z.array(documentSchema).default([]),
  /** Printable poster at /cetak/<id>/. */
  poster: posterSchema.optional(),
});

export type Guide = z.output<typeof guideSchema>;
