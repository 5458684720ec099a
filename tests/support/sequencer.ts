/**
 * Order of the test files: longest first, so the two workers finish together.
 *
 * Vitest orders files by their last recorded duration, and without one (every fresh clone, every
 * CI run) by file size, largest first — which put `every-page.test.ts` (4 lines, the longest file
 * of the suite) last, and the suite waited minutes for its tail. The figures below are seconds
 * measured on the 2-core machine (one file beside another); they only order the files, so they
 * may drift without harm. A file missing here runs after the listed ones, by recorded duration
 * or size as Vitest would.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds per file (relative to the project root), from a full run; files that build in `beforeAll`
 * (history, dev-preview) include that build.
 */
export const EXPECTED_SECONDS: Record<string, number> = {
  'tests/e2e/every-page.test.ts': 165,
  'tests/e2e/every-page-demo.test.ts': 145,
  'tests/e2e/nginx.test.ts': 94,
  'tests/e2e/cms.test.ts': 54,
  'tests/e2e/budgets.test.ts': 53,
  'tests/e2e/history.test.ts': 38,
  'tests/e2e/atomic-build.test.ts': 35,
  'tests/e2e/channels.test.ts': 29,
  'tests/e2e/dev-preview.test.ts': 28,
  'tests/e2e/search.test.ts': 27,
  'tests/unit/staff-new.test.ts': 27,
  'tests/e2e/support.test.ts': 18,
  'tests/e2e/deterministic-build.test.ts': 17,
  'tests/e2e/broken-content.test.ts': 14,
  'tests/e2e/evidence.test.ts': 14,
  'tests/e2e/progress.test.ts': 13,
  'tests/e2e/office-input.test.ts': 12,
  'tests/e2e/survey.test.ts': 11,
  'tests/e2e/skip-link.test.ts': 7,
  'tests/unit/staff-new-pty.test.ts': 6,
};

/** Sorts by EXPECTED_SECONDS, longest first; unlisted files keep Vitest's own order after them. */
export function orderByExpected<T>(files: readonly T[], relativePath: (file: T) => string): T[] {
  const seconds = (file: T) => EXPECTED_SECONDS[relativePath(file)] ?? -1;
  // Array.prototype.sort is stable: unlisted files (all -1) keep the order they came in
  return [...files].sort((a, b) => seconds(b) - seconds(a));
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const vitestOrder = await super.sort(files);
    return orderByExpected(vitestOrder, (spec) => spec.moduleId.slice(spec.project.config.root.length + 1));
  }
}
