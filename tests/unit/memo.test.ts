import { describe, expect, it } from 'vitest';
import { once, oncePerKey, resetMemos } from '../../src/lib/memo.ts';

describe('memo', () => {
  it('loads once (per key) until the memos are reset, as the preview does when the content changes', () => {
    let loads = 0;
    const notes = once(() => ++loads);
    const byYear = oncePerKey((year: number) => `${year}:${++loads}`);
    expect([notes(), notes()]).toEqual([1, 1]);
    expect([byYear(2022), byYear(2022), byYear(2023)]).toEqual(['2022:2', '2022:2', '2023:3']);
    resetMemos();
    expect([notes(), notes()]).toEqual([4, 4]);
    expect(byYear(2022)).toBe('2022:5');
  });
});
