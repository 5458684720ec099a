import type { APIRoute } from 'astro';
import { evidenceFilePaths } from '../../../../lib/evidence/static-paths.ts';
import { readEvidenceFile } from '../../../../lib/evidence/data.ts';
import type { EvidenceItem } from '../../../../lib/evidence/items.ts';

/** Every evidence file, published byte for byte under a stable address. */
export const getStaticPaths = evidenceFilePaths;

export const GET: APIRoute = ({ props }) => {
  const item = props.item as EvidenceItem;
  return new Response(readEvidenceFile(item), { headers: { 'Content-Type': item.file!.mediaType } });
};
