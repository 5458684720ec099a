import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PLAN_FILES = ['unit.yaml', '*/keputusan.yaml', '*/area/*.yaml', '*/komponen/*.mdx', '*/sumber/*'];

/**
 * The demo deliberately confirms a fictitious portal address so the demo build exercises the
 * "confirmed" state (QR codes, canonical links); the real content leaves it unconfirmed. Everything else in
 * unit.yaml must still match, so only the trailing `portal:` block and the comment lines just above it are cut.
 */
function withoutPortal(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('portal:'));
  if (start === -1) return text;
  let from = start;
  while (from > 0 && lines[from - 1].startsWith('#')) from -= 1;
  let to = start + 1;
  while (to < lines.length && /^(\s|$)/.test(lines[to])) to += 1;
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}

describe('demo content', () => {
  it('carries the same plan as the real content, so the demo never drifts from the decree', () => {
    const real = PLAN_FILES.flatMap((pattern) => globSync(pattern, { cwd: 'content' })).sort();
    // the demo may have later sample years (see the next test); the real content's years must match exactly
    const realYears = new Set(real.map((file) => file.slice(0, 5)));
    const demo = PLAN_FILES.flatMap((pattern) => globSync(pattern, { cwd: 'tests/fixtures/demo' }))
      .filter((file) => !/^\d{4}\//.test(file) || realYears.has(file.slice(0, 5)))
      .sort();

    expect(demo).toEqual(real);
    for (const file of real) {
      const read = (root: string) => readFileSync(`${root}/${file}`, 'utf8');
      const comparable = file === 'unit.yaml' ? withoutPortal : (text: string) => text;
      expect(comparable(read('tests/fixtures/demo')), file).toBe(comparable(read('content')));
    }
  });

  it('marks every plan year the real content does not have as sample data', () => {
    const realYears = new Set(globSync('*/keputusan.yaml', { cwd: 'content' }).map((file) => file.slice(0, 4)));
    const sampleYears = globSync('*/keputusan.yaml', { cwd: 'tests/fixtures/demo' }).filter((file) => !realYears.has(file.slice(0, 4)));
    expect(sampleYears.length).toBeGreaterThan(0);
    for (const file of sampleYears) {
      const text = readFileSync(`tests/fixtures/demo/${file}`, 'utf8');
      expect(text, file).toMatch(/^annexTitle: CONTOH DATA/m);
      expect(text, file).toMatch(/^title: "?CONTOH DATA/m);
    }
  });

  it('confirms a portal address only in the demo, so the demo build tests the confirmed state', () => {
    expect(readFileSync('tests/fixtures/demo/unit.yaml', 'utf8')).toMatch(/^portal:\n  url: https:\/\/\S+\/\n  confirmedAt: \d{4}-\d\d-\d\d$/m);
    expect(readFileSync('content/unit.yaml', 'utf8')).toMatch(/^portal:\n  url: ""$/m);
  });
});
