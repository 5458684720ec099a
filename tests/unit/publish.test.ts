/**
 * scripts/deploy/publish.sh, with `ssh` and `rsync` replaced by local stand-ins (the "server" is a
 * temporary folder): the new build goes live with one switch of a link, the previous releases stay
 * for a rollback, and a folder that is not a finished build publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

let work: string;
let bin: string;
let server: string;

/** A stand-in command: `ssh TARGET CMD` runs CMD here; `rsync … SRC/ TARGET:DEST/` copies SRC into DEST. */
function stub(name: string, body: string) {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/usr/bin/env bash\nset -euo pipefail\n${body}\n`);
  chmodSync(file, 0o755);
}

function build(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function publish(dist: string, release: string, extra: Record<string, string> = {}) {
  return spawnSync('bash', [path.resolve('scripts/deploy/publish.sh'), dist], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, DEPLOY_TARGET: 'deploy@server', DEPLOY_PATH: server, RELEASE_ID: release, ...extra },
  });
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'pzi-publish-'));
  bin = path.join(work, 'bin');
  server = path.join(work, 'server');
  mkdirSync(bin);
  stub('ssh', 'shift; bash -c "$*"');
  stub('rsync', 'args=("$@"); src="${args[-2]}"; dest="${args[-1]#*:}"; mkdir -p "$dest"; cp -a "$src". "$dest"');
});

// each case runs the script a few times (bash, cp): generous on a busy machine
describe('publish.sh', { timeout: 60_000 }, () => {
  it('makes the new build live with one link switch and keeps the previous release', () => {
    expect(publish(build('one', { 'index.html': 'satu', '404.html': 'x' }), 'r1').status).toBe(0);
    expect(readFileSync(path.join(server, 'current/index.html'), 'utf8')).toBe('satu');
    const second = publish(build('two', { 'index.html': 'dua', '404.html': 'x' }), 'r2');
    expect(second.status, second.stderr).toBe(0);
    expect(readlinkSync(path.join(server, 'current'))).toBe('releases/r2');
    expect(readFileSync(path.join(server, 'current/index.html'), 'utf8')).toBe('dua');
    expect(readdirSync(path.join(server, 'releases')).sort()).toEqual(['r1', 'r2']);
  });

  it('publishes nothing from a folder that is not a finished build', () => {
    publish(build('good', { 'index.html': 'baik', '404.html': 'x' }), 'r1');
    const result = publish(build('half', { 'index.html': 'setengah' }), 'r2');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('nothing published');
    expect(readlinkSync(path.join(server, 'current'))).toBe('releases/r1');
    expect(readdirSync(path.join(server, 'releases'))).toEqual(['r1']);
  });

  it('keeps the five newest releases', () => {
    const dist = build('site', { 'index.html': 'i', '404.html': 'x' });
    for (let n = 1; n <= 7; n++) expect(publish(dist, `r${n}`).status).toBe(0);
    expect(readdirSync(path.join(server, 'releases')).sort()).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('names the link after the sub-path when asked (nginx-subpath.conf: root = DEPLOY_PATH)', () => {
    const result = publish(build('sub', { 'index.html': 'sub', '404.html': 'x' }), 'r1', { DEPLOY_LINK: 'zona-integritas' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(server, 'zona-integritas/index.html'), 'utf8')).toBe('sub');
  });
});
