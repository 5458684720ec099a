import { getEntry } from 'astro:content';
import type { Unit } from '../schemas/unit.ts';

/** The publishing unit's identity (`content/unit.yaml`), shown by every page. */
export async function getUnit(): Promise<Unit> {
  const entry = await getEntry('unit', 'unit');
  if (!entry) throw new Error('Berkas content/unit.yaml tidak ditemukan.');
  return entry.data;
}
