import type { APIRoute } from 'astro';
import { yearPaths, type YearProps } from '../../../lib/plan/static-paths.ts';
import { getLkeYear } from '../../../lib/lke/data.ts';
import { exportCsv, exportRows } from '../../../lib/lke/export.ts';
import { getEvidenceById } from '../../../lib/evidence/data.ts';
import { absoluteUrl } from '../../../lib/url.ts';

export const getStaticPaths = yearPaths;

export const GET: APIRoute = async ({ props }) => {
  const { plan } = props as YearProps;
  const rows = exportRows(await getLkeYear(plan.year), await getEvidenceById(), (path) => absoluteUrl(path));
  return new Response(exportCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
