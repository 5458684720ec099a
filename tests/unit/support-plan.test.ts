/** The unit tests' plan helper reads one year, whatever other years content/ holds. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from './support/content-dir.ts';
import { planOf, plan2022 } from './support/progress.ts';

describe('planOf', () => {
  const copy = copyOfContent();
  afterAll(() => copy.remove());

  it('gives the 2022 plan also when an earlier year sorts first in content/', () => {
    // a 2021 plan made from the 2022 one: same area codes and indicator codes, another year
    for (const part of ['area', 'komponen']) cpSync(join(copy.root, '2022', part), join(copy.root, '2021', part), { recursive: true });
    const decree = readFileSync(join(copy.root, '2022/keputusan.yaml'), 'utf8');
    writeFileSync(join(copy.root, '2021/keputusan.yaml'), decree.replace(/^year: 2022$/m, 'year: 2021'));

    const real = plan2022();
    const withEarlierYear = planOf(2022, copy.root);
    expect(withEarlierYear.year).toBe(2022);
    expect(withEarlierYear.areas.map((area) => area.code)).toEqual(real.areas.map((area) => area.code));
    expect(withEarlierYear.indicators.length).toBe(real.indicators.length);
    expect(planOf(2021, copy.root).year).toBe(2021);
  }, 60_000); // reads content/ twice through the schemas, MDX included
});
