import { loadContent, type ContentSet } from './load.ts';
import { checkPlan } from './plan-checks.ts';
import { checkNotes } from './note-checks.ts';
import { checkSurveys } from './survey-checks.ts';
import { checkEvidence, checkEvidenceFiles, checkNoteEvidence } from './evidence-checks.ts';
import { checkFileKinds } from './file-kind-checks.ts';
import { checkChannels } from './channel-checks.ts';
import { checkMdxBodies } from './mdx-checks.ts';
import { checkNoSampleData } from './sample-checks.ts';
import { checkIgnoredFiles } from './ignored-files-checks.ts';
import { checkPlaceholders } from './placeholder-checks.ts';
import { checkLke } from './lke-checks.ts';
import type { Problem } from './problem.ts';

export type CrossCheck = (content: ContentSet) => Problem[];
/** A check that must read files asynchronously (e.g. EXIF); run by `inspectContent`. */
export type AsyncCrossCheck = (content: ContentSet) => Promise<Problem[]>;

/** Checks across files, run once every file has passed its own schema. Add a feature's checks here. */
const crossChecks: CrossCheck[] = [checkPlan, checkNotes, checkNoteEvidence, checkSurveys, checkEvidence, checkChannels, checkNoSampleData, checkIgnoredFiles, checkPlaceholders, checkFileKinds, checkLke];
const asyncCrossChecks: AsyncCrossCheck[] = [checkEvidenceFiles, checkMdxBodies];

function runChecks({ content, problems }: ReturnType<typeof loadContent>): Problem[] {
  return [...problems, ...crossChecks.flatMap((check) => check(content))];
}

/** Every problem found without reading files asynchronously: schema errors first, then cross-file errors; warnings included. */
export function checkContent(root: string): Problem[] {
  return runChecks(loadContent(root));
}

/** `checkContent` plus the asynchronous checks: what `npm run check` and the build run. */
export async function inspectContent(root: string): Promise<Problem[]> {
  return (await inspectContentWithEntries(root)).problems;
}

/** `inspectContent`, plus what was loaded (for the build's summary line: how many notes, evidence items…). */
export async function inspectContentWithEntries(root: string): Promise<{ problems: Problem[]; content: ContentSet }> {
  const loaded = loadContent(root);
  const later = await Promise.all(asyncCrossChecks.map((check) => check(loaded.content)));
  return { problems: [...runChecks(loaded), ...later.flat()], content: loaded.content };
}

export { errorsOnly, formatReport, formatWarnings, isError, type Problem } from './problem.ts';
