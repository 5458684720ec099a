import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNotes } from '../lib/progress/data.ts';
import { getUnit } from '../lib/unit.ts';
import { t } from '../lib/i18n.ts';
import { notePath } from '../lib/progress/routes.ts';
import { withBase } from '../lib/url.ts';
import { FEED_ITEMS } from '../lib/progress/notes.ts';

/** RSS of the newest progress notes, newest first; links are absolute and include the deploy base. */
export const GET: APIRoute = async ({ site }) => {
  const [notes, unit] = await Promise.all([getNotes(), getUnit()]);
  return rss({
    title: t('feed.title', { unit: unit.shortName }),
    description: t('feed.description', { unit: unit.shortName }),
    site: new URL(withBase('/'), site),
    items: notes.slice(0, FEED_ITEMS).map((note) => ({
      title: note.title,
      pubDate: note.date,
      link: withBase(notePath(note.slug)),
      description: t('feed.item', { status: t(`status.${note.status}`), indicators: note.indicators.join(', ') }),
      categories: note.indicators,
    })),
    customData: '<language>id</language>',
  });
};
