import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PLAN_FILES = ['unit.yaml', '*/keputusan.yaml', '*/area/*.yaml', '*/komponen/*.mdx', '*/sumber/*'];

describe('demo content', () => {
  it('carries the same plan as the real content, so the demo never drifts from the decree', () => {
    const real = PLAN_FILES.flatMap((pattern) => globSync(pattern, { cwd: 'content' })).sort();
    const demo = PLAN_FILES.flatMap((pattern) => globSync(pattern, { cwd: 'tests/fixtures/demo' })).sort();

    expect(demo).toEqual(real);
    for (const file of real) {
      expect(readFileSync(`tests/fixtures/demo/${file}`, 'utf8'), file).toBe(readFileSync(`content/${file}`, 'utf8'));
    }
  });
});
