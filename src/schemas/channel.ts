import { z } from 'astro/zod';
import { emailAddress, httpsUrl, indicatorCode, phoneNumber, smsNumber, verifiedAt } from './shared.ts';

/** The cases a visitor may have, in the order the guide on /pengaduan/ asks about them. */
export const CASES = ['layanan', 'pelanggaran', 'gratifikasi', 'informasi', 'benturan'] as const;
export type CaseKey = (typeof CASES)[number];

/** Fields every contact detail has. A detail without its value is shown as "not confirmed yet". */
const detail = {
  /** What the visitor sees, e.g. "Situs LAPOR!". */
  label: z.string().min(2),
  /** Day the value was last checked against its source. */
  verifiedAt: verifiedAt.optional(),
};

/** One way to reach a channel. Leave the value out until it is confirmed by an official source. */
export const contactSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('web'), ...detail, /** https address. */ url: httpsUrl.optional() }),
    z.strictObject({ type: z.literal('app'), ...detail, /** Store or download page (https), if confirmed. */ url: httpsUrl.optional() }),
    z.strictObject({ type: z.literal('email'), ...detail, /** E-mail address. */ address: emailAddress.optional() }),
    z.strictObject({ type: z.literal('sms'), ...detail, /** Short code or mobile number. */ number: smsNumber.optional() }),
    z.strictObject({ type: z.literal('phone'), ...detail, /** Phone number as dialled in Indonesia. */ number: phoneNumber.optional() }),
  ],
  { error: 'Jenis kontak (type) harus salah satu dari: web, app, email, sms, phone.' },
);

/** A deadline of the channel, always in working days. */
const deadlineSchema = z.strictObject({
  /** What must happen, e.g. "Jawaban atas permintaan informasi". */
  what: z.string().min(3),
  /** How many working days (hari kerja). */
  workingDays: z.number().int().positive('Jumlah hari kerja harus bilangan bulat positif.'),
  /** Short legal basis, e.g. "UU 14/2008". */
  basis: z.string().min(2).optional(),
});

/**
 * The unit's own channel inside a card, which the plan schedules (the UPG on V.1.2, the complaint box
 * and LAPOR! integration on V.3.1, the WBS on V.4). Until `confirmed` is filled in (or the latest
 * progress note on `indicator` says `selesai`), pages say what the plan schedules and what the latest
 * progress says, and send visitors to `alternative`; the texts below are shown only once it exists.
 */
export const unitChannelSchema = z.strictObject({
  /** What the unit's channel is, e.g. "Unit Pengendalian Gratifikasi (UPG) KPU Kota Magelang". */
  name: z.string().min(3),
  /** The plan indicator that schedules it, e.g. V.1.2. */
  indicator: indicatorCode,
  /** What works today instead, one sentence, e.g. "Laporkan langsung ke KPK melalui Gratifikasi Online (GOL)". */
  alternative: z.string().min(10),
  /** Filled in once the channel demonstrably exists: the day it was confirmed and the source (a decree, a photo, a page). */
  confirmed: z.strictObject({ date: verifiedAt, source: z.string().min(3) }).optional(),
  /** Shown once it exists: the card's summary instead of `summary`. */
  summary: z.string().min(10).optional(),
  /** Shown once it exists: steps placed before the card's own steps. */
  steps: z.array(z.string().min(3)).default([]),
  /** Shown once it exists: its contact details. */
  contacts: z.array(contactSchema).default([]),
  /** Shown once it exists: its deadlines. */
  deadlines: z.array(deadlineSchema).default([]),
});

/** One complaint or reporting channel: `content/kanal/<id>.yaml`. The file name is its id (used in links: /pengaduan/#<id>). */
export const channelSchema = z.strictObject({
  /** Name as the public knows it, e.g. "SP4N-LAPOR!". */
  name: z.string().min(2),
  /** Short name for the guide and tables, e.g. "WBS KPU"; the full name when absent. */
  shortName: z.string().min(2).max(40, 'Nama pendek paling banyak 40 huruf.').optional(),
  /** Position on /pengaduan/ (smaller first). */
  order: z.number().int(),
  /** What it is for, one or two sentences. */
  purpose: z.string().min(10),
  /** The visitor's cases this channel answers (layanan, pelanggaran, gratifikasi, informasi, benturan). */
  cases: z.array(z.enum(CASES, { error: `Kasus harus salah satu dari: ${CASES.join(', ')}.` })).default([]),
  /** One line for the guide: where and by when. */
  summary: z.string().min(10),
  /** Who handles the reports. */
  handler: z.string().min(3).optional(),
  /** How to use it, step by step. */
  steps: z.array(z.string().min(3)).min(1, 'Tulis paling sedikit satu langkah cara melapor.'),
  /** Its deadlines (domain.md §3–4). */
  deadlines: z.array(deadlineSchema).default([]),
  /** Anonymity and confidentiality of the reporter. */
  confidentiality: z.string().min(10).optional(),
  /** Ways to reach it. */
  contacts: z.array(contactSchema).default([]),
  /** True when the office itself is a place to use it (address and hours from unit.yaml). */
  office: z.boolean().default(false),
  /** A page of this site with more, e.g. "/gratifikasi/". */
  more: z.string().regex(/^\/[a-z0-9/-]*$/, 'Halaman lanjutan ditulis sebagai path situs ini, misalnya /gratifikasi/.').optional(),
  /** Legal basis, one per line. */
  basis: z.array(z.string().min(3)).default([]),
  /** Indicators of the newest plan this channel serves, e.g. [V.3.1]. */
  indicators: z.array(indicatorCode).default([]),
  /** Day the whole card was last checked. */
  verifiedAt: verifiedAt.optional(),
  /** The unit's own channel the plan schedules, shown only once confirmed (see unitChannelSchema). */
  unitChannel: unitChannelSchema.optional(),
});

export type Channel = z.output<typeof channelSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type UnitChannel = z.output<typeof unitChannelSchema>;
