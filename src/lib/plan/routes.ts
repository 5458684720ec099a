import { route, fileRoute } from '../route.ts';
import { codeToAnchor } from './plan.ts';

export const planPath = (year: number) => route(year);
export const areaPath = (year: number, areaSlug: string) => route(year, areaSlug);
export const componentPath = (year: number, componentId: string) => {
  const [area, position] = componentId.toLowerCase().split('.');
  return route(year, area!, position!);
};
export const indicatorPath = (year: number, indicatorId: string) =>
  `${componentPath(year, indicatorId.split('.').slice(0, 2).join('.'))}#${codeToAnchor(indicatorId)}`;
export const decreePath = (year: number) => route(year, 'keputusan');
/** The decree's text as extracted from the signed copy. */
export const decreeSourcePath = (year: number) => fileRoute(year, 'keputusan', 'sumber.txt');
/** The printable annex (A4 landscape). */
export const annexPath = (year: number) => route(year, 'lampiran');
export const planDataPath = (year: number, format: 'json' | 'csv') => fileRoute('data', year, `rencana-aksi.${format}`);
export const planSchemaPath = () => fileRoute('data', 'rencana-aksi.schema.json');
/** How the decree's table was read: month marks outside the month columns, joined rows, corrections. */
export const readingNotesPath = (year: number) => route(year, 'catatan-pembacaan');
/** What a plan adds, drops and changes against the previous year's, and last year's unfinished indicators. */
export const changesPath = (year: number) => route(year, 'perubahan');
