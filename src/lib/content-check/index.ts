import { loadContent, type ContentSet } from './load.ts';
import { checkPlan } from './plan-checks.ts';
import { checkSurveys } from './survey-checks.ts';
import { checkChannels } from './channel-checks.ts';
import type { Problem } from './problem.ts';

export type CrossCheck = (content: ContentSet) => Problem[];

/** Checks across files, run once every file has passed its own schema. Add a feature's checks here. */
const crossChecks: CrossCheck[] = [checkPlan, checkSurveys, checkChannels];

/** Every problem in the content under `root`: schema errors first, then cross-file errors; warnings included (see `errorsOnly`). */
export function checkContent(root: string): Problem[] {
  const { content, problems } = loadContent(root);
  return [...problems, ...crossChecks.flatMap((check) => check(content))];
}

export { errorsOnly, formatReport, formatWarnings, type Problem } from './problem.ts';
