import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFingerprint, inspectContentCached } from '../../src/lib/content-check/pass-cache.ts';
import type { Problem } from '../../src/lib/content-check/problem.ts';

let dir: string;
let root: string;
let code: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pzi-pass-'));
  root = join(dir, 'content');
  code = join(dir, 'src');
  mkdirSync(join(root, '2022', 'catatan'), { recursive: true });
  mkdirSync(code);
  writeFileSync(join(root, '2022', 'catatan', 'a.mdx'), '---\ntitle: A\n---\n');
  writeFileSync(join(code, 'check.ts'), 'export {};\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const warning: Problem = { file: 'content/2022/catatan/a.mdx', level: 'warning', message: 'foto memuat lokasi GPS' };
const error: Problem = { file: 'content/2022/catatan/a.mdx', message: 'judul kosong' };

describe('checkFingerprint', () => {
  it('stays the same while nothing changes, and changes with any content file, new file, symlink or code file', () => {
    const first = checkFingerprint(root, [code]);
    expect(checkFingerprint(root, [code])).toBe(first);

    writeFileSync(join(root, '2022', 'catatan', 'a.mdx'), '---\ntitle: B\n---\n');
    const edited = checkFingerprint(root, [code]);
    expect(edited).not.toBe(first);

    writeFileSync(join(root, '2022', 'catatan', 'b.mdx'), '');
    const added = checkFingerprint(root, [code]);
    expect(added).not.toBe(edited);

    symlinkSync('/etc/hostname', join(root, '2022', 'catatan', 'c.pdf'));
    const linked = checkFingerprint(root, [code]);
    expect(linked).not.toBe(added);

    utimesSync(join(code, 'check.ts'), new Date(), new Date(Date.now() + 5000));
    expect(checkFingerprint(root, [code])).not.toBe(linked);
  });
});

describe('inspectContentCached', () => {
  it('reuses the warnings of a passing check while nothing changed, and checks again after an edit', async () => {
    let runs = 0;
    const inspect = async () => (runs++, { problems: [warning], summary: { notes: 1 } });
    const options = { dir: join(dir, 'cache'), code: [code] };

    expect(await inspectContentCached(root, inspect, options)).toEqual({ problems: [warning], summary: { notes: 1 }, reused: false });
    expect(await inspectContentCached(root, inspect, options)).toEqual({ problems: [warning], summary: { notes: 1 }, reused: true });
    expect(runs).toBe(1);

    writeFileSync(join(root, '2022', 'catatan', 'a.mdx'), '---\ntitle: {process.env.HOME}\n---\n');
    expect((await inspectContentCached(root, inspect, options)).reused).toBe(false);
    expect(runs).toBe(2);
  });

  it('hands inspect the fingerprint of the tree it checks', async () => {
    let seen = '';
    await inspectContentCached(root, async (_root, fingerprint) => ((seen = fingerprint), { problems: [], summary: {} }), { dir: join(dir, 'cache'), code: [code] });
    expect(seen).toBe(checkFingerprint(root, [code]));
  });

  it('never stores a run with errors, so a broken tree is checked (and fails) every time', async () => {
    let runs = 0;
    const inspect = async () => (runs++, { problems: [error], summary: { notes: 1 } });
    const options = { dir: join(dir, 'cache'), code: [code] };
    await inspectContentCached(root, inspect, options);
    const again = await inspectContentCached(root, inspect, options);
    expect(again).toEqual({ problems: [error], summary: { notes: 1 }, reused: false });
    expect(runs).toBe(2);
  });
});
