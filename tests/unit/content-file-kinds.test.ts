// Regular files with UTF-8 names only, everywhere the build reads (src/lib/content-check/file-kind-checks.ts,
// safe-file.ts): a FIFO in the content's node_modules/ or .git/ (which git then opens) hung the build, a
// name that is not UTF-8 aborted the check in English, a hard link published a file that lives elsewhere.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/content-check/index.ts';
import { errorsOnly } from '../../src/lib/content-check/problem.ts';
import { copyOfContent } from './support/content-dir.ts';

let copy: ReturnType<typeof copyOfContent>;
afterEach(() => copy?.remove());

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

describe('file kinds the check refuses before the build reads anything', () => {
  it('a FIFO inside node_modules/ or .git/ is refused naming it, and the check ends at once', async () => {
    copy = copyOfContent();
    mkdirSync(join(copy.root, 'node_modules/paket'), { recursive: true });
    mkdirSync(join(copy.root, '.git'));
    mkfifo(join(copy.root, 'node_modules/paket/index.js'));
    mkfifo(join(copy.root, '.git/HEAD'));
    const started = performance.now();
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(problems.map((problem) => problem.file.replace(/^.*?(node_modules|\.git)/, '$1')).sort()).toEqual(['.git/HEAD', 'node_modules/paket/index.js']);
    expect(problems[0]!.message).toMatch(/bukan berkas biasa/);
  });

  it('a FIFO named like a note is never opened', async () => {
    copy = copyOfContent();
    mkfifo(join(copy.root, '2022/catatan/2022-06-pipa.mdx'));
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/2022-06-pipa\.mdx$/), message: expect.stringMatching(/bukan berkas biasa/) })]);
  });

  it('a file name that is not UTF-8 gets an Indonesian message naming the folder', async () => {
    copy = copyOfContent();
    const folder = Buffer.from(join(copy.root, '2022/catatan/'));
    writeFileSync(Buffer.concat([folder, Buffer.from([0x63, 0x61, 0x74, 0xff, 0xfe]), Buffer.from('.mdx')]), '---\ntitle: x\n---\n');
    const problems = errorsOnly(await inspectContent(copy.root));
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/2022\/catatan\/cat/), message: expect.stringMatching(/di \S*2022\/catatan\/ bukan teks UTF-8/) })]);
  });

  it('a hard link to a file outside the content folder is refused, not published', async () => {
    copy = copyOfContent();
    const outside = join(copy.root, '..', `rahasia-${process.pid}.pdf`);
    writeFileSync(outside, '%PDF-1.4\n% kunci rahasia\n%%EOF\n');
    linkSync(outside, join(copy.root, '2022/bukti/notulen-tautan.pdf'));
    writeFileSync(join(copy.root, '2022/bukti/notulen-tautan.yaml'), 'title: Notulen lewat tautan keras\ndate: 2022-05-20\nindicators: [I.1.1]\nfile: notulen-tautan.pdf\n');
    try {
      const problems = errorsOnly(await inspectContent(copy.root));
      expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/notulen-tautan\.yaml$/), field: 'file', message: expect.stringMatching(/"notulen-tautan\.pdf" adalah tautan keras \(hard link\)/) })]);
    } finally {
      spawnSync('rm', ['-f', outside]);
    }
  });
});
