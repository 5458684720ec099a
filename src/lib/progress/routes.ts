import { route, fileRoute } from '../route.ts';

export const notesPath = () => route('kemajuan');
export const notePath = (slug: string) => route('kemajuan', slug);
export const notesAreaPath = (areaSlug: string) => route('kemajuan', 'area', areaSlug);
export const timelinePath = (year: number) => route(year, 'linimasa');
export const timelineAreaPath = (year: number, areaSlug: string) => route(year, 'linimasa', 'area', areaSlug);
export const timelineTeamPath = (year: number, teamSlug: string) => route(year, 'linimasa', 'tim', teamSlug);
export const monthPath = (year: number, month: number) => route(year, 'linimasa', String(month).padStart(2, '0'));
/** The RSS feed of the progress notes. */
export const feedPath = () => fileRoute('feed.xml');
export const progressDataPath = () => fileRoute('data', 'kemajuan.json');
export const progressSchemaPath = () => fileRoute('data', 'kemajuan.schema.json');
