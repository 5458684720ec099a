import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { RecapRow } from '../../schemas/complaint-recap.ts';
import { once } from '../memo.ts';
import { isGuideId, linksByIndicator, sortChannels, type GuideId } from './channels.ts';
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
