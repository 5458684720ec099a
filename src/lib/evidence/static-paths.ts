import { getPlans } from '../plan/data.ts';
import { getRegister, getEvidenceItems } from './data.ts';
import { STATUSES } from './status.ts';
import { evidenceAreaPath, packPath } from './routes.ts';
import type { Register, RegisterArea, RegisterRow } from './register.ts';
import { pageParam, pagePath, paginateByWeight, type PageSlice } from '../pagination.ts';
import type { EvidenceStatus } from './status.ts';
import type { EvidenceItem } from './items.ts';

// getStaticPaths of the evidence pages (each feature keeps its own static-paths.ts).

export interface RegisterProps {
  register: Register;
}

/** `/2022/bukti/`. */
export async function registerPaths() {
  return Promise.all((await getPlans()).map(async (plan) => ({ params: { year: String(plan.year) }, props: { register: await getRegister(plan.year) } })));
}

/** `/2022/bukti/area/v/` and `/2022/bukti/paket/area-v.zip`. */
export async function registerAreaPaths() {
  const years = await registerPaths();
  return years.flatMap(({ params, props }) =>
    props.register.areas.map((area) => ({ params: { ...params, area: area.area.slug }, props: { register: props.register, area } })),
  );
}
export interface RegisterAreaProps extends RegisterProps {
  area: RegisterArea;
}

/**
 * `/2022/bukti/area/v/` and, when an area's evidence outgrows one page, `/2022/bukti/area/v/2/`, ….
 * Evaluators cite a row by its anchor on the first page (`evidenceIndicatorPath`), so page 1 keeps a
 * short row for every indicator moved to a later page, with a link to it (`moved`).
 */
export async function registerAreaPagePaths() {
  return (await registerAreaPaths()).flatMap(({ params, props }) => {
    const slices = paginateByWeight(props.area.rows, registerRowWeight, STATUS_PAGE_WEIGHT);
    const moved = new Map<string, string>();
    for (const slice of slices.slice(1)) for (const row of slice.items) moved.set(row.indicator.id, `${pagePath(evidenceAreaPath(props.register.year, params.area), slice.page)}#${row.indicator.anchor}`);
    return slices.map((slice) => ({
      params: { ...params, page: pageParam(slice.page) },
      props: {
        ...props,
        slice: { page: slice.page, pages: slice.pages },
        rows: slice.page === 1 ? props.area.rows : slice.items,
        moved: slice.page === 1 ? moved : new Map<string, string>(),
      },
    }));
  });
}
export interface RegisterAreaPageProps extends RegisterAreaProps {
  slice: Pick<PageSlice<unknown>, 'page' | 'pages'>;
  /** Rows of this page (page 1: every row, the moved ones shown short). */
  rows: RegisterRow[];
  /** Indicator id → address of the later page that lists its evidence. */
  moved: ReadonlyMap<string, string>;
}

/**
 * Weight budget of one register page (see `registerRowWeight`): rows are split over
 * `/2022/bukti/status/lengkap/`, `…/lengkap/2/`, … so a page stays within the critical-bytes budget
 * however much evidence a year collects.
 */
export const STATUS_PAGE_WEIGHT = 30_000;

/** Rough HTML characters a register row renders: its texts plus a fixed cost per row and per item. */
export function registerRowWeight(row: RegisterRow): number {
  return (
    400 +
    row.indicator.text.length +
    row.steps.reduce((sum, step) => sum + step.required.length + 80, 0) +
    row.items.reduce((sum, item) => sum + item.title.length + item.href.length + 220, 0)
  );
}

/** A page of a status list: its rows, regrouped by area for the table. */
export interface StatusPageGroup {
  area: RegisterArea['area'];
  rows: RegisterRow[];
}

/** `/2022/bukti/status/belum/` and its further pages `/2022/bukti/status/belum/2/`, …. */
export async function registerStatusPaths() {
  const years = await registerPaths();
  return years.flatMap(({ params, props }) =>
    STATUSES.flatMap((status) => {
      const rows = props.register.areas.flatMap(({ area, rows }) => rows.filter((row) => row.status === status).map((row) => ({ area, row })));
      return paginateByWeight(rows, ({ row }) => registerRowWeight(row), STATUS_PAGE_WEIGHT).map((slice) => ({
        params: { ...params, status, page: pageParam(slice.page) },
        props: {
          register: props.register,
          status,
          slice: { page: slice.page, pages: slice.pages },
          groups: [...Map.groupBy(slice.items, ({ area }) => area)].map(([area, entries]) => ({ area, rows: entries.map(({ row }) => row) })),
        },
      }));
    }),
  );
}
export interface RegisterStatusProps extends RegisterProps {
  status: EvidenceStatus;
  slice: Pick<PageSlice<unknown>, 'page' | 'pages'>;
  /** This page's rows by area (areas without rows of the status left out). */
  groups: StatusPageGroup[];
}

/** `/2022/bukti/paket/area-v.zip`. */
export async function packPaths() {
  return (await registerAreaPaths()).map(({ params, props }) => ({
    params: { year: params.year, pack: packPath(0, params.area).split('/').pop()! },
    props: { year: props.register.year, areaSlug: params.area },
  }));
}

/** `/2022/bukti/berkas/<file>`: one route per published file (two items may share a file). */
export async function evidenceFilePaths() {
  const files = new Map<string, EvidenceItem>();
  for (const item of await getEvidenceItems()) if (item.file) files.set(item.href, item);
  return [...files.values()].map((item) => ({ params: { year: String(item.year), file: item.file!.name }, props: { item } }));
}
