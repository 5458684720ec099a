// What the site states about an evidence file is computed from exactly the bytes it publishes, on a
// warm machine too: a file replaced by one of the same size and modification time (and committed)
// gets its new SHA-256 everywhere, and a file rewritten while the build runs fails the build and
// leaves the site as it was. Both builds use one project, one output folder and one cache folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { globSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { astroBuild } from './support/astro-build.ts';
import { privateProject } from './support/private-project.ts';
import { siteDigest } from './support/site-digest.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.reverse().forEach((cleanup) => cleanup()));

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const NAME = 'uji-integritas.txt';
const FILE = `2022/bukti/${NAME}`;
/** Two versions of one size: the second differs in one character. */
const VERSION_A = `Notulen uji integritas: versi A.\n${'isi tetap. '.repeat(40)}\n`;
const VERSION_B = VERSION_A.replace('versi A', 'versi B');
/** A whole second: a file's own modification time has fractions a Date cannot put back. */
const PINNED = 1_700_000_000;

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

describe('evidence integrity', () => {
  const copy = copyOfContent();
  cleanups.push(copy.remove);
  copy.write(FILE, VERSION_A);
  copy.write('2022/bukti/uji-integritas.yaml', `title: Notulen uji integritas\ndate: 2022-04-28\nindicators: [I.2.1]\nfile: ${NAME}\nkind: dokumen\nsatisfies: []\n`);
  utimesSync(join(copy.root, FILE), PINNED, PINNED);
  git(copy.root, 'init', '-q');
  git(copy.root, 'add', '-A');
  git(copy.root, 'commit', '-q', '-m', 'versi A');
  const project = privateProject('integritas');
  cleanups.push(project.remove);
  const cache = mkdtempSync(join(tmpdir(), 'pzi-cache-'));
  cleanups.push(() => rmSync(cache, { recursive: true, force: true }));
  const outDir = mkdtempSync(join(tmpdir(), 'pzi-dist-'));
  cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
  const env = { PZI_CONTENT: copy.root, PZI_CACHE_DIR: cache, PZI_AS_OF: '2022-09-15' };

  it('gives a file replaced with the same size and time its new SHA-256 everywhere, and sha256sum -c passes', { timeout: 300_000 }, async () => {
    const first = await astroBuild(['--outDir', outDir], env, { project });
    expect(first.code, first.output.slice(-3000)).toBe(0);
    const oldHash = sha256(VERSION_A);
    expect(readFileSync(join(outDir, 'data/2022/bukti.sha256'), 'utf8')).toContain(`${oldHash}  ${'2022/bukti/berkas/'}${NAME}`);

    // Same size, same modification time, committed: only the bytes tell it apart.
    const path = join(copy.root, FILE);
    writeFileSync(path, VERSION_B);
    utimesSync(path, PINNED, PINNED);
    expect(VERSION_B.length).toBe(VERSION_A.length);
    expect(lstatSync(path).mtimeMs).toBe(PINNED * 1000);
    git(copy.root, 'commit', '-q', '-am', 'versi B');

    const second = await astroBuild(['--outDir', outDir], env, { project });
    expect(second.code, second.output.slice(-3000)).toBe(0);
    const newHash = sha256(VERSION_B);
    expect(readFileSync(join(outDir, '2022/bukti/berkas', NAME), 'utf8')).toBe(VERSION_B);
    // the current version has the new hash; the old one may appear only as the earlier version (from git)
    const list = readFileSync(join(outDir, 'data/2022/bukti.sha256'), 'utf8');
    expect(list).toContain(`${newHash}  2022/bukti/berkas/${NAME}`);
    expect(list).not.toContain(oldHash);
    const csv = readFileSync(join(outDir, 'data/2022/bukti.csv'), 'utf8').split('\n').map((line) => line.split(','));
    const column = csv[0]!.indexOf('sha256');
    expect(csv.find((row) => row[1] === 'uji-integritas')?.[column]).toBe(newHash);
    const json = JSON.parse(readFileSync(join(outDir, 'data/2022/bukti.json'), 'utf8')) as { indicators: { items: { id: string; sha256: string | null }[] }[] };
    const listed = json.indicators.flatMap((indicator) => indicator.items).filter((entry) => entry.id === 'uji-integritas');
    expect(listed.length).toBeGreaterThan(0);
    for (const entry of listed) expect(entry.sha256).toBe(newHash);
    // the register shows the hash's first 12 characters
    const register = readFileSync(join(outDir, '2022/bukti/area/i/index.html'), 'utf8');
    expect(register).toContain(`SHA-256 <code>${newHash.slice(0, 12)}</code>`);
    expect(register).not.toContain(`SHA-256 <code>${oldHash.slice(0, 12)}</code>`);
    // the area's evaluator ZIP holds the new bytes and lists their hash
    const zip = unzipSync(readFileSync(join(outDir, '2022/bukti/paket/area-i.zip')));
    expect(strFromU8(zip[`berkas/${NAME}`]!)).toBe(VERSION_B);
    expect(strFromU8(zip['SHA256SUMS']!)).toContain(`${newHash}  berkas/${NAME}`);
    expect(strFromU8(zip['manifest.csv']!)).toContain(newHash);
    // every checksum list of the output, checked by sha256sum itself
    const lists = globSync('data/*/bukti.sha256', { cwd: outDir });
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) execFileSync('sha256sum', ['--check', '--strict', '--quiet', list], { cwd: outDir });
  });

  it('fails a build during which an evidence file is rewritten, and leaves the site as it was', { timeout: 300_000 }, async () => {
    const before = siteDigest(outDir);
    const path = join(copy.root, FILE);
    let rewritten = false;
    const build = await astroBuild(['--outDir', outDir], env, {
      project,
      // Once the checksum list is written (the facts are read), the file is replaced, as an upload still running would.
      onOutput: (output) => {
        if (rewritten || !output.includes('/data/2022/bukti.sha256')) return;
        writeFileSync(path, VERSION_A.replace('versi A', 'versi C'));
        rewritten = true;
      },
    });
    expect(rewritten).toBe(true);
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(new RegExp(`${NAME.replace('.', '\\.')}" berubah selama build berjalan`));
    expect(siteDigest(outDir)).toEqual(before);
    expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}.`))).toEqual([]);
  });
});
