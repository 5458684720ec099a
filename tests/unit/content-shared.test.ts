import { describe, expect, it, vi } from 'vitest';
import type { ContentSet } from '../../src/lib/content-check/load.ts';
import { shareCheckedContent, takeCheckedContent } from '../../src/lib/content-check/shared-content.ts';

const content = { root: 'content', entries: {}, incomplete: new Set() } as unknown as ContentSet;

describe('shareCheckedContent / takeCheckedContent', () => {
  it('hands the checked content on once, only for the same fingerprint', () => {
    expect(takeCheckedContent('a')).toBeUndefined();
    shareCheckedContent('a', content);
    expect(takeCheckedContent('a')).toBe(content);
    // taken: the build does not keep it
    expect(takeCheckedContent('a')).toBeUndefined();

    shareCheckedContent('a', content);
    // a file changed since the check: not handed on (and dropped)
    expect(takeCheckedContent('b')).toBeUndefined();
    expect(takeCheckedContent('a')).toBeUndefined();
  });

  it('goes through globalThis, so a second copy of the module (the bundled prerender code) sees it', async () => {
    shareCheckedContent('c', content);
    vi.resetModules();
    const copy = await import('../../src/lib/content-check/shared-content.ts');
    expect(copy.takeCheckedContent).not.toBe(takeCheckedContent);
    expect(copy.takeCheckedContent('c')).toBe(content);
  });
});
