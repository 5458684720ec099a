import type { APIRoute } from 'astro';
import { LKE } from '../../lib/lke/lke.ts';

/** The LKE of PermenPANRB 90/2021 (Lampiran III) and Tabel 6 (Lampiran II) as open data. */
export const GET: APIRoute = () => Response.json(LKE);
