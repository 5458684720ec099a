import { route, fileRoute } from '../route.ts';
import { codeToAnchor } from '../plan/plan.ts';

export const evidencePath = (year: number) => route(year, 'bukti');
export const evidenceAreaPath = (year: number, areaSlug: string) => route(year, 'bukti', 'area', areaSlug);
export const evidenceStatusPath = (year: number, status: string) => route(year, 'bukti', 'status', status);
/** Where an evaluator cites an indicator's evidence: its row in the area register. */
export const evidenceIndicatorPath = (year: number, indicatorId: string) =>
  `${evidenceAreaPath(year, indicatorId.split('.')[0]!.toLowerCase())}#${codeToAnchor(indicatorId)}`;

/** Where a year's evidence files are published, e.g. "/2022/bukti/berkas/notulen.pdf" (before the base path). */
export function evidenceFilePath(year: number, fileName: string): string {
  return fileRoute(year, 'bukti', 'berkas', fileName);
}

/** Site path of an area's evaluator pack, e.g. "/2022/bukti/paket/area-v.zip". */
export function packPath(year: number, areaSlug: string): string {
  return fileRoute(year, 'bukti', 'paket', `area-${areaSlug}.zip`);
}

export const evidenceDataPath = (year: number, format: 'json' | 'csv' | 'sha256') => fileRoute('data', year, `bukti.${format}`);
/** JSON Schema of `evidenceDataPath(year, 'json')` (history fields included). */
export const evidenceSchemaPath = () => fileRoute('data', 'bukti.schema.json');
