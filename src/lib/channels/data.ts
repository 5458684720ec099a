import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { RecapRow } from '../../schemas/complaint-recap.ts';
import { once } from '../memo.ts';
import { isGuideId, linksByIndicator, sortChannels, unitChannelState, type GuideId, type UnitChannelState } from './channels.ts';
import { getCurrentPlan } from '../plan/data.ts';
import { getAsOf, getNotes } from '../progress/data.ts';
import { GUIDE_PATHS, channelPath } from './routes.ts';

// Complaint and reporting channels (content/kanal, content/panduan, content/pengaduan).

type ChannelsEntry = CollectionEntry<'channels'>;
type GuideEntry = CollectionEntry<'guides'>;

/** Every channel, in display order. */
export const getChannels: () => Promise<ChannelsEntry[]> = once(() => getCollection('channels').then(sortChannels));

/** One guide page's content (`content/panduan/<id>.mdx`); the content check guarantees it exists. */
export async function getGuide(id: GuideId): Promise<GuideEntry> {
  const entry = await getEntry('guides', id);
  if (!entry) throw new Error(`Berkas content/panduan/${id}.mdx tidak ditemukan.`);
  return entry;
}

/** Every year's complaint recap, oldest first; empty when staff have published none. */
export async function getComplaintRecaps(): Promise<{ year: number; rows: RecapRow[] }[]> {
  const recaps = await getCollection('complaintRecaps');
  return recaps.map((recap) => ({ year: Number(recap.id), rows: recap.data.rows })).sort((a, b) => a.year - b.year);
}

/** Indicator code (of the newest plan) → the channel cards and pages that serve it. */
export const getChannelLinksByIndicator: () => Promise<ReturnType<typeof linksByIndicator>> = once(async () => {
  const [channels, guides] = await Promise.all([getChannels(), getCollection('guides')]);
  return linksByIndicator([
    ...guides.filter((guide) => isGuideId(guide.id)).map((guide) => ({ label: guide.data.title, href: GUIDE_PATHS[guide.id as GuideId], indicators: guide.data.indicators })),
    ...channels.map((channel) => ({ label: channel.data.name, href: channelPath(channel.id), indicators: channel.data.indicators })),
  ]);
});

/**
 * Channel id → the state of the unit channel it describes (only channels with `unitChannel`), from
 * the newest plan and its notes up to the build's reference date, like the timeline.
 */
export const getChannelStates: () => Promise<ReadonlyMap<string, UnitChannelState>> = once(async () => {
  const [channels, plan, notes] = await Promise.all([getChannels(), getCurrentPlan(), getNotes()]);
  const asOf = getAsOf();
  const known = notes.filter((note) => note.year === plan.year && note.day <= asOf);
  return new Map(channels.flatMap((channel) => (channel.data.unitChannel ? [[channel.id, unitChannelState(channel.data.unitChannel, plan, known)] as const] : [])));
});
