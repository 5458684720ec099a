// Two test projects:
//   unit  tests/unit/**/*.test.ts  logic tests and Astro component tests (Container API);
//         the Vite config comes from Astro's getViteConfig so `.astro` files compile.
//   e2e   tests/e2e/**/*.test.ts   the built site in headless Chromium; tests/e2e/support/global-setup.ts
//         first builds the variants into tests/.output/<variant>/ (PZI_E2E_REUSE=1 reuses them).
//
//   npm test                 everything (scripts/test.sh: installs Chromium / node_modules if missing)
//   npm run test:unit        npx vitest run --project unit
//   npm run test:e2e         npx vitest run --project e2e
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    teardownTimeout: 30_000,
    // longest files first (a fresh clone has no recorded durations): see tests/support/sequencer.ts
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      getViteConfig({
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // one worker runs many files: Astro's Vite config and the component compiler load once per
          // worker instead of once per file; the files share no state they do not set up themselves
          // (all pass, also with --sequence.shuffle.files)
          isolate: false,
          // as the e2e project: Vitest runs projects of one group in one pool, with one worker count
          maxWorkers: 2,
        },
      }),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // two files at a time, one per core: the builds are done once in globalSetup, and each
          // file drives its own Chromium; this halves the suite on the 2-core machines we have
          pool: 'forks',
          maxWorkers: 2,
          fileParallelism: true,
          sequence: { concurrent: false },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
