import { getPlans } from '../plan/data.ts';
import { getRegister, getEvidenceItems } from './data.ts';
import { STATUSES } from './status.ts';
import { packPath } from './routes.ts';
import type { Register, RegisterArea } from './register.ts';
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

/** `/2022/bukti/status/belum/`. */
export async function registerStatusPaths() {
  const years = await registerPaths();
  return years.flatMap(({ params, props }) => STATUSES.map((status) => ({ params: { ...params, status }, props: { register: props.register, status } })));
}
export interface RegisterStatusProps extends RegisterProps {
  status: EvidenceStatus;
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
