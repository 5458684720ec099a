import { GUIDE_PATHS } from './routes.ts';
import { CASES, type CaseKey, type Channel, type Contact } from '../../schemas/channel.ts';
import type { UnitChannel } from '../../schemas/channel.ts';
import { newestFirst, type Note } from '../progress/notes.ts';
import type { Indicator, Plan } from '../plan/plan.ts';

export type GuideId = keyof typeof GUIDE_PATHS;

export function isGuideId(id: string): id is GuideId {
  return Object.hasOwn(GUIDE_PATHS, id);
}

export interface ChannelEntry {
  id: string;
  data: Channel;
}

/** "0293 123-456" → "+62293123456", the form `tel:` links want. */
export function dialNumber(number: string): string {
  const digits = number.replace(/[^0-9+]/g, '');
  return digits.startsWith('0') ? `+62${digits.slice(1)}` : digits;
}

/** The link of a contact detail, or undefined while its value is not confirmed. */
export function contactHref(contact: Contact): string | undefined {
  switch (contact.type) {
    case 'web':
    case 'app':
      return contact.url;
    case 'email':
      return contact.address && `mailto:${contact.address}`;
    case 'sms':
      return contact.number && `sms:${dialNumber(contact.number)}`;
    case 'phone':
      return contact.number && `tel:${dialNumber(contact.number)}`;
  }
}

/** What the link shows: the address itself, so it can be copied or written down. */
export function contactText(contact: Contact): string | undefined {
  switch (contact.type) {
    case 'web':
    case 'app':
      return contact.url?.replace(/^https:\/\//, '').replace(/\/$/, '');
    case 'email':
      return contact.address;
    case 'sms':
    case 'phone':
      return contact.number;
  }
}

/** Channels in display order. */
export function sortChannels<T extends ChannelEntry>(channels: readonly T[]): T[] {
  return [...channels].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The guide "which channel fits my case?": every case with the channels that answer it. */
export function caseGuide<T extends ChannelEntry>(channels: readonly T[]): { key: CaseKey; channels: T[] }[] {
  const sorted = sortChannels(channels);
  return CASES.map((key) => ({ key, channels: sorted.filter((channel) => channel.data.cases.includes(key)) })).filter(
    (row) => row.channels.length > 0,
  );
}

/** A page of this feature that serves some indicators. */
export interface IndicatorLinkSource {
  label: string;
  href: string;
  indicators: readonly string[];
}

/** Indicator code → the pages and channels that serve it, for the "Kanal terkait" line on plan pages. */
export function linksByIndicator(sources: readonly IndicatorLinkSource[]): Map<string, { label: string; href: string }[]> {
  const links = new Map<string, { label: string; href: string }[]>();
  for (const { label, href, indicators } of sources) {
    for (const code of indicators) {
      const list = links.get(code) ?? [];
      if (!list.some((link) => link.href === href)) list.push({ label, href });
      links.set(code, list);
    }
  }
  return links;
}

/** What pages may say about a unit channel the plan schedules (see `unitChannel` in the channel schema). */
export interface UnitChannelState {
  /** True once content confirms it: `confirmed` in the YAML, or a latest progress note `selesai` on its indicator. */
  exists: boolean;
  /** How it is confirmed: the YAML field or a progress note. */
  confirmedBy?: { kind: 'konten'; date: Date; source: string } | { kind: 'catatan'; note: Note };
  /** The scheduling indicator in the newest plan (absent when the code is not in it). */
  indicator?: Indicator;
  /** Newest progress note citing the indicator, if any. */
  latest?: Note;
}

/** The state of a unit channel from content alone: its own confirmation, or the progress notes on its indicator. */
export function unitChannelState(unitChannel: UnitChannel, plan: Pick<Plan, 'indicatorsById'>, notes: readonly Note[]): UnitChannelState {
  const indicator = plan.indicatorsById.get(unitChannel.indicator);
  const latest = newestFirst(notes.filter((note) => note.indicators.includes(unitChannel.indicator)))[0];
  const base = { ...(indicator ? { indicator } : {}), ...(latest ? { latest } : {}) };
  if (unitChannel.confirmed) return { exists: true, confirmedBy: { kind: 'konten', ...unitChannel.confirmed }, ...base };
  if (latest?.status === 'selesai') return { exists: true, confirmedBy: { kind: 'catatan', note: latest }, ...base };
  return { exists: false, ...base };
}

/** The channel as a card shows it in that state: the unit channel's texts join it only once it exists. */
export function effectiveChannel(channel: Channel, state: UnitChannelState | undefined): Channel {
  const unit = channel.unitChannel;
  if (!unit || !state?.exists) return channel;
  return {
    ...channel,
    summary: unit.summary ?? channel.summary,
    steps: [...unit.steps, ...channel.steps],
    contacts: [...unit.contacts, ...channel.contacts],
    deadlines: [...unit.deadlines, ...channel.deadlines],
  };
}
