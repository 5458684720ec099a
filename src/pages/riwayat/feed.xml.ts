import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChangelog, changelogEntryPath } from '../../lib/history/site-history.ts';
import { feedEntries } from '../../lib/history/changelog.ts';
import type { ChangelogItem } from '../../lib/history/changelog.ts';
import { getUnit } from '../../lib/unit.ts';
import { formatDate } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { withBase } from '../../lib/url.ts';

const names = (items: ChangelogItem[]) => items.map((item) => `${t(`history.kind.${item.kind}`)}: ${item.title}`).join('; ');

/** RSS of the change log: one item per content commit, the newest (feedEntries), linked to its entry on /riwayat/. */
export const GET: APIRoute = async ({ site }) => {
  const [entries, unit] = await Promise.all([getChangelog(), getUnit()]);
  const items = await Promise.all(
    feedEntries(entries).map(async (entry) => ({
      title: t('history.feedItem', { date: formatDate(new Date(`${entry.date}T00:00:00Z`)), id: entry.id }),
      pubDate: new Date(entry.time * 1000),
      link: withBase((await changelogEntryPath(entry.id))!),
      description: [
        entry.added.length ? `${t('history.added')}: ${names(entry.added)}.` : '',
        entry.changed.length ? `${t('history.changedList')}: ${names(entry.changed)}.` : '',
        entry.removed.length ? `${t('history.removed')}: ${names(entry.removed)}.` : '',
      ].filter(Boolean).join(' '),
    })),
  );
  return rss({
    title: t('history.feedTitle', { unit: unit.shortName }),
    description: t('history.feedDescription', { unit: unit.shortName }),
    site: new URL(withBase('/'), site),
    items,
    // links end in "#c-<id>": a slash appended after the fragment would break them
    trailingSlash: false,
    customData: '<language>id</language>',
  });
};
