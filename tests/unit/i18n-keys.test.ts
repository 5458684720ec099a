/**
 * Every key of the visitor dictionary (src/i18n/) is used somewhere in src/, and every key the
 * code asks for exists. Keys are found in the source text: `t('a.b')` literally, or
 * `t(`a.${x}`)`, a family whose variable part is one dotted segment (`a.<anything without a dot>`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n/index.ts';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(SRC, 'i18n') ? [] : sourceFiles(full);
    return /\.(ts|astro|mts)$/.test(entry.name) ? [full] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Literal keys and dynamic key patterns (`t(`prefix${…}suffix`)`) in one source text. */
export function keyReferences(text: string): { literal: string[]; patterns: RegExp[] } {
  const literal = [...text.matchAll(/\bt\(\s*(['"])([\w.-]+)\1/g)].map((m) => m[2]!);
  const patterns = [...text.matchAll(/\bt\(\s*`([^`]*)`/g)].map((m) => {
    const parts = m[1]!.split(/\$\{[^}]*\}/);
    return new RegExp(`^${parts.map(escape).join('[^.]+')}$`);
  });
  return { literal, patterns };
}

describe('keyReferences', () => {
  it('finds literal keys and turns template keys into one-segment patterns', () => {
    const { literal, patterns } = keyReferences("t('a.b', { x }) + t(\"c.d\") + t(`e.${kind}.f`)");
    expect(literal).toEqual(['a.b', 'c.d']);
    expect(patterns.map((p) => p.test('e.pdf.f'))).toEqual([true]);
    expect(patterns.map((p) => p.test('e.x.y.f'))).toEqual([false]);
  });
});

describe('the visitor dictionary', () => {
  const refs = sourceFiles(SRC).map((file) => ({ file: path.relative(process.cwd(), file), ...keyReferences(readFileSync(file, 'utf8')) }));
  const keys = Object.keys(dictionary);

  it('is read by the site (the scan found keys)', () => {
    expect(refs.flatMap((r) => r.literal).length).toBeGreaterThan(50);
  });

  it('has no key the code never uses', () => {
    const patterns = refs.flatMap((r) => r.patterns);
    const literal = new Set(refs.flatMap((r) => r.literal));
    const unused = keys.filter((key) => !literal.has(key) && !patterns.some((p) => p.test(key)));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const missing = refs.flatMap((r) => r.literal.filter((key) => !(key in dictionary)).map((key) => `${r.file}: ${key}`));
    expect(missing).toEqual([]);
  });
});
