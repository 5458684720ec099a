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

/** Seconds per file (relative to the project root), measured in a full run (2 December 2026, 10 min 36 s in all). */
export const EXPECTED_SECONDS: Record<string, number> = {
  'tests/e2e/every-page.test.ts': 196,
  'tests/e2e/every-page-demo.test.ts': 169,
  'tests/e2e/budgets.test.ts': 160,
  'tests/e2e/nginx.test.ts': 127,
  'tests/e2e/channels.test.ts': 101,
  'tests/e2e/cms.test.ts': 86,
  'tests/e2e/atomic-build.test.ts': 39,
  'tests/e2e/history.test.ts': 38,
  'tests/e2e/support.test.ts': 37,
  'tests/e2e/search.test.ts': 29,
  'tests/e2e/dev-preview.test.ts': 28,
  'tests/e2e/survey.test.ts': 26,
  'tests/unit/staff-new.test.ts': 23,
  'tests/e2e/progress.test.ts': 22,
  'tests/e2e/broken-content.test.ts': 19,
  'tests/e2e/deterministic-build.test.ts': 14,
  'tests/e2e/evidence.test.ts': 13,
  'tests/e2e/office-input.test.ts': 12,
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
