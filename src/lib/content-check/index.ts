import { loadContent, type ContentSet } from './load.ts';
import { checkPlan } from './plan-checks.ts';
import { checkEvidence, checkEvidenceExif, checkNoteEvidence } from './evidence-checks.ts';
import type { Problem } from './problem.ts';

export type CrossCheck = (content: ContentSet) => Problem[];
/** A check that must read files asynchronously (e.g. EXIF); run by `inspectContent`. */
export type AsyncCrossCheck = (content: ContentSet) => Promise<Problem[]>;

/** Checks across files, run once every file has passed its own schema. Add a feature's checks here. */
const crossChecks: CrossCheck[] = [checkPlan, checkEvidence, checkNoteEvidence];
const asyncCrossChecks: AsyncCrossCheck[] = [checkEvidenceExif];

/** Every problem in the content under `root`: schema errors first, then cross-file errors. */
export function checkContent(root: string): Problem[] {
  return runChecks(loadContent(root));
}

function runChecks({ content, problems }: ReturnType<typeof loadContent>): Problem[] {
  return [...problems, ...crossChecks.flatMap((check) => check(content))];
}

/** `checkContent` plus the asynchronous checks: what `npm run check` and the build run. */
export async function inspectContent(root: string): Promise<Problem[]> {
  const loaded = loadContent(root);
  const later = await Promise.all(asyncCrossChecks.map((check) => check(loaded.content)));
  return [...runChecks(loaded), ...later.flat()];
}

export { formatReport, formatWarnings, isError, type Problem } from './problem.ts';
