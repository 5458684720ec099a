/**
 * Site variants built by `global-setup.ts` and handed to the e2e tests
 * through Vitest's `provide`/`inject`.
 */
import { inject } from 'vitest';

export type VariantName = 'site' | 'demo' | 'subpath';

export interface SiteVariant {
  name: VariantName;
  /** Absolute path of the built folder, e.g. `<root>/tests/.output/site`. */
  outDir: string;
  /** URL path the site is mounted under: `/` or `/zona-integritas/` (always ends with `/`). */
  base: string;
  /** `site` option passed to Astro, if any. */
  site?: string;
  /** True when the folder was reused from an earlier run (PZI_E2E_REUSE=1), not built from this tree now. */
  reused?: boolean;
}

export interface SkippedVariant {
  name: VariantName;
  reason: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eVariants: SiteVariant[];
    e2eSkippedVariants: SkippedVariant[];
  }
}

/** Every variant that was built (or reused) for this run. */
export function builtVariants(): SiteVariant[] {
  return inject('e2eVariants') ?? [];
}

/** The named variant, or `undefined` when it was skipped (e.g. demo content missing). */
export function variant(name: VariantName): SiteVariant | undefined {
  return builtVariants().find((v) => v.name === name);
}
