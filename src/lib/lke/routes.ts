import { fileRoute, route } from '../route.ts';

/** The year's LKE overview: scores against Tabel 6, coverage, gaps. */
export const lkePath = (year: number) => route(year, 'lke');
/** One area of the LKE (area-1 … area-6) or the Hasil rows (hasil). */
export const lkeSectionPath = (year: number, slug: string) => route(year, 'lke', slug);
/** One sub-component with its answers' justifications and evidence. */
export const lkeSubcomponentPath = (year: number, section: string, sub: string) => route(year, 'lke', section, sub);
/** The evaluator export in the LKE's row order. */
export const lkeExportPath = (year: number, format: 'csv' | 'json') => fileRoute(year, 'lke', `penilaian-mandiri.${format}`);
/** The LKE itself as open data, and its JSON Schema. */
export const lkeDataPath = () => fileRoute('data', 'lke.json');
export const lkeSchemaPath = () => fileRoute('data', 'lke.schema.json');
