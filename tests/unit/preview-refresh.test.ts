// The preview asks Astro to reload the content until it really has (src/lib/content-check/preview-loader.ts):
// Astro skips a refresh without a word while it reloads its content configuration.
import { describe, expect, it } from 'vitest';
import { refreshUntilLoaded } from '../../src/lib/content-check/preview-loader.ts';

/** A stand-in for Astro's refreshContent that skips its first `skipped` calls, then loads the collections. */
function astro(skipped: number) {
  let loads = 0;
  let calls = 0;
  return {
    refresh: async () => {
      calls++;
      if (calls > skipped) loads += 10; // one load per collection
    },
    loadCount: () => loads,
    calls: () => calls,
  };
}

describe('refreshUntilLoaded', () => {
  it('asks once when the first refresh loads the content', async () => {
    const fake = astro(0);
    expect(await refreshUntilLoaded(fake.refresh, { waitMs: 1, loadCount: fake.loadCount })).toBe(true);
    expect(fake.calls()).toBe(1);
  });

  it('asks again after skipped refreshes until one loads the content', async () => {
    const fake = astro(4);
    expect(await refreshUntilLoaded(fake.refresh, { waitMs: 1, loadCount: fake.loadCount })).toBe(true);
    expect(fake.calls()).toBe(5);
  });

  it('gives up after the last attempt and says so', async () => {
    const fake = astro(Infinity);
    expect(await refreshUntilLoaded(fake.refresh, { attempts: 3, waitMs: 1, loadCount: fake.loadCount })).toBe(false);
    expect(fake.calls()).toBe(3);
  });
});
