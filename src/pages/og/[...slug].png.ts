import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getTimeline } from '../../lib/progress/data.ts';
import { getPlans } from '../../lib/plan/data.ts';
import { getSurveys } from '../../lib/survey/data.ts';
import { getUnit } from '../../lib/unit.ts';
import { isGuideId } from '../../lib/channels/channels.ts';
import { GUIDE_PATHS } from '../../lib/channels/routes.ts';
import { isSampleBuild } from '../../lib/content-root.ts';
import { formatNumber } from '../../lib/format.ts';
import { gradeText, periodLabel } from '../../lib/survey/charts.ts';
import { t } from '../../lib/i18n.ts';
import { areaPath } from '../../lib/plan/routes.ts';
import { surveyPath } from '../../lib/survey/routes.ts';
import { ikmStat, ogCard, progressStat, type OgCard } from '../../lib/sharing/og-card.ts';
import { DEFAULT_OG, ogImagePath } from '../../lib/sharing/og-paths.ts';
import { renderOgPng } from '../../lib/sharing/og-cache.ts';

/** One Open Graph image per shared page (home, area, survey, channel pages; components and notes share their area's) plus the site-wide default. */
export const getStaticPaths = (async () => {
  const [unit, plans, surveys, guides] = await Promise.all([getUnit(), getPlans(), getSurveys(), getCollection('guides')]);
  const sample = isSampleBuild();
  const footer = `${unit.siteName} · ${unit.name}`;
  const card = (imagePath: string, data: Omit<OgCard, 'footer' | 'sample'>) => ({
    params: { slug: imagePath.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { card: ogCard({ ...data, footer, sample }) },
  });
  const latest = plans.at(-1)!;
  const paths = [
    card(DEFAULT_OG, { kicker: unit.shortName, title: unit.siteName, lines: [t('site.tagline')] }),
    card(ogImagePath('/'), { kicker: unit.shortName, title: `${unit.siteName} ${unit.shortName}`, lines: [t('site.tagline'), t('plan.title', { year: latest.year })] }),
  ];
  for (const plan of plans) {
    const timeline = await getTimeline(plan.year);
    for (const area of plan.areas) {
      const tally = timeline.areas.find((entry) => entry.area.code === area.code)?.tally;
      paths.push(card(ogImagePath(areaPath(plan.year, area.slug)), {
        kicker: `${t('area.label', { code: area.code })} · ${t('plan.title', { year: plan.year })}`,
        title: area.title,
        lines: [`${area.components.length} komponen · ${area.components.reduce((n, c) => n + c.indicators.length, 0)} indikator`],
        stat: tally && progressStat(tally.done, tally.indicators, tally.dueReported, tally.due),
      }));
      // Component pages and notes show their area's card (one card per area and year: see lib/sharing/og-cache.ts).
    }
  }
  for (const survey of surveys) {
    const { data, result } = survey;
    paths.push(card(ogImagePath(surveyPath(survey.id)), {
      kicker: `${t('survey.listTitle')} · ${periodLabel(data.start, data.end)}`,
      title: data.title,
      lines: [],
      stat: result.kind === 'skm'
        ? ikmStat(formatNumber(result.ikmRounded, 2), gradeText(result.grade))
        : { value: formatNumber(result.score, 2), label: result.type.toUpperCase() },
    }));
  }
  for (const guide of guides) {
    if (!isGuideId(guide.id)) continue;
    paths.push(card(ogImagePath(GUIDE_PATHS[guide.id]), { kicker: unit.shortName, title: guide.data.title, lines: guide.data.lead ? [guide.data.lead] : [] }));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgPng((props as { card: OgCard }).card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
