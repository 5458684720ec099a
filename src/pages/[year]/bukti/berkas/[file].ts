import type { APIRoute } from 'astro';
import { evidenceFilePaths } from '../../../../lib/evidence/static-paths.ts';
import { readEvidenceFile } from '../../../../lib/evidence/data.ts';
import type { EvidenceItem } from '../../../../lib/evidence/items.ts';
import { handOverEvidenceFiles } from '../../../../lib/evidence/published-files.ts';

/**
 * Every evidence file, published byte for byte under a stable address. `npm run dev` serves them
 * here; `astro build` copies them instead (rendering one Astro route per file costs time and nothing else):
 * the list is handed to `src/integrations/evidence-files.ts` and no path is rendered here.
 */
export async function getStaticPaths() {
  const paths = await evidenceFilePaths();
  if (import.meta.env.DEV) return paths;
  handOverEvidenceFiles(paths.map(({ props }) => ({ year: props.item.year, name: props.item.file!.name })));
  return [];
}

export const GET: APIRoute = ({ props }) => {
  const item = props.item as EvidenceItem;
  return new Response(readEvidenceFile(item), { headers: { 'Content-Type': item.file!.mediaType } });
};
