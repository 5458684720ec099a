import { z } from 'astro/zod';
import { emailAddress, httpsUrl, phoneNumber, verifiedAt } from './shared.ts';

/** An optional contact detail: absent until staff confirm it. */
const optionalText = z.string().trim().min(1).optional();

/** The unit that publishes the site: `content/unit.yaml`. Reused by other KPU units with their own file. */
export const unitSchema = z.strictObject({
  /** Full name, e.g. "Komisi Pemilihan Umum Kota Magelang". */
  name: z.string().min(3),
  /** Short name used in titles, e.g. "KPU Kota Magelang". */
  shortName: z.string().min(2),
  /** Name of the portal shown in the header. */
  siteName: z.string().min(3),
  /** The unit's official website. */
  website: z.url({ protocol: /^https$/, error: 'Alamat situs harus URL lengkap yang diawali https://.' }),
  /** Office postal address; filled in by staff. */
  address: optionalText,
  /** Office phone, as dialled in Indonesia. */
  phone: phoneNumber.optional(),
  /** Office e-mail. */
  email: emailAddress.optional(),
  /** Office opening hours in words, e.g. "Senin–Jumat 08.00–16.00 WIB". */
  hours: optionalText,
  /**
   * The public address of this portal, once staff have confirmed where it is served. Until then
   * `url` stays empty: posters print without a QR code and the build warns (see src/lib/portal.ts).
   */
  portal: z
    .strictObject({
      /** Full https address of the portal's home page, ending in "/", e.g. https://contoh.kpu.go.id/zi/. */
      url: z
        .union([
          z.literal(''),
          z
            .url({ protocol: /^https$/, error: 'Alamat portal (portal.url) harus URL lengkap yang diawali https://, misalnya https://contoh.kpu.go.id/zi/.' })
            .refine((url) => url.endsWith('/'), 'Alamat portal (portal.url) diakhiri garis miring "/", misalnya https://contoh.kpu.go.id/zi/.'),
        ])
        .default(''),
      /** The day staff confirmed that the portal is served at `url` (YYYY-MM-DD). */
      confirmedAt: verifiedAt.optional(),
    })
    .default({ url: '' }),
  /**
   * The plan year the home page and the menu show. Absent: the newest plan whose year has begun on
   * the build's reference date. Set it to show another year, e.g. while a new plan is being checked.
   */
  currentYear: z.number({ error: 'currentYear ditulis sebagai tahun empat angka, misalnya 2023.' }).int().min(2000).max(2100).optional(),
  /** Official social-media accounts (https only: a `javascript:` address would run in every footer). */
  social: z.array(z.strictObject({ name: z.string().min(2), url: httpsUrl })).default([]),
});

export type Unit = z.output<typeof unitSchema>;
