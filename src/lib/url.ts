import { codeToAnchor } from './plan.ts';

/**
 * Site paths that respect the deploy base (e.g. "/zona-integritas"), so the same build
 * works at a domain's root or under a path of the KPU website.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL of a site path, for canonical links, Open Graph and QR codes. */
export function absoluteUrl(path: string, site: URL | string | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('`site` belum diatur di astro.config.mjs: URL absolut tidak bisa dibuat.');
  return new URL(withBase(path), site).href;
}

export const planPath = (year: number) => `/${year}/`;
export const areaPath = (year: number, areaSlug: string) => `/${year}/${areaSlug}/`;
export const componentPath = (year: number, componentId: string) => {
  const [area, position] = componentId.toLowerCase().split('.');
  return `/${year}/${area}/${position}/`;
};
export const indicatorPath = (year: number, indicatorId: string) =>
  `${componentPath(year, indicatorId.split('.').slice(0, 2).join('.'))}#${codeToAnchor(indicatorId)}`;
export const decreePath = (year: number) => `/${year}/keputusan/`;
/** How the decree's table was read: month marks outside the month columns, joined rows, corrections. */
export const readingNotesPath = (year: number) => `/${year}/catatan-pembacaan/`;
export const surveysPath = () => '/survei/';
export const surveyPath = (id: string) => `/survei/${id}/`;
export const notesPath = () => '/kemajuan/';
export const notePath = (slug: string) => `/kemajuan/${slug}/`;
export const notesAreaPath = (areaSlug: string) => `/kemajuan/area/${areaSlug}/`;
export const timelinePath = (year: number) => `/${year}/linimasa/`;
export const timelineAreaPath = (year: number, areaSlug: string) => `/${year}/linimasa/area/${areaSlug}/`;
export const timelineTeamPath = (year: number, teamSlug: string) => `/${year}/linimasa/tim/${teamSlug}/`;
export const monthPath = (year: number, month: number) => `/${year}/linimasa/${String(month).padStart(2, '0')}/`;
export const evidencePath = (year: number) => `/${year}/bukti/`;
export const evidenceAreaPath = (year: number, areaSlug: string) => `/${year}/bukti/area/${areaSlug}/`;
export const evidenceStatusPath = (year: number, status: string) => `/${year}/bukti/status/${status}/`;
/** Where an evaluator cites an indicator's evidence: its row in the area register. */
export const evidenceIndicatorPath = (year: number, indicatorId: string) =>
  `${evidenceAreaPath(year, indicatorId.split('.')[0]!.toLowerCase())}#${codeToAnchor(indicatorId)}`;
