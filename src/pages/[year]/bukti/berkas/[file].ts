import type { APIRoute } from 'astro';
import { evidenceFilePaths } from '../../../../lib/evidence/static-paths.ts';
import { readEvidenceFile } from '../../../../lib/evidence/data.ts';
import type { EvidenceItem } from '../../../../lib/evidence/items.ts';

/**
 * Every evidence file, published byte for byte under a stable address. `npm run dev` serves them
 * here; `astro build` copies the files its checksum lists name instead (rendering one Astro route per
 * file costs time and nothing else): see src/integrations/evidence-files.ts.
 */
export async function getStaticPaths() {
  return import.meta.env.DEV ? evidenceFilePaths() : [];
}

export const GET: APIRoute = ({ props }) => {
  const item = props.item as EvidenceItem;
  return new Response(readEvidenceFile(item, false), { headers: { 'Content-Type': item.file!.mediaType } });
};
