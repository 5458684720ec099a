import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRecord, contentDigest, serialiseRecord } from '../../src/lib/publish/build-record.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pzi-record-'));
  dirs.push(dir);
  return dir;
};
const write = (root: string, file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('build record (/data/versi.json)', () => {
  it('names the collection files and the evidence files the build copied, never an unpublished file', () => {
    const content = temp();
    const out = temp();
    write(content, 'unit.yaml', 'name: x');
    write(content, '2022/catatan/a.mdx', '---\ntitle: a\n---\n');
    write(content, '2022/bukti/sk.yaml', 'file: sk.pdf');
    write(content, '2022/bukti/sk.pdf', '%PDF');
    write(content, '2022/bukti/tidak-diterbitkan.pdf', '%PDF rahasia');
    write(content, 'PANDUAN.md', 'panduan');
    write(content, '2022/catatan/draf.txt', 'draf');
    write(out, '2022/bukti/berkas/sk.pdf', '%PDF');
    const record = buildRecord(content, out);
    expect(Object.keys(record.entri)).toEqual(['2022/bukti/sk.pdf', '2022/bukti/sk.yaml', '2022/catatan/a.mdx', 'unit.yaml']);
    expect(record.entri['2022/catatan/a.mdx']).toMatch(/^[0-9a-f]{64}$/);
    expect(record.isi).toBe(contentDigest(record.entri));
    expect(record.commit).toBeNull();
    expect(new Date(record.dibangun).toISOString()).toBe(record.dibangun);
    // the same content gives the same record, byte for byte
    expect(serialiseRecord(buildRecord(content, out))).toBe(serialiseRecord(record));
  });

  it('the content digest changes with one byte of one file and with a file name', () => {
    const base = { 'a.mdx': '1'.repeat(64), 'b.yaml': '2'.repeat(64) };
    expect(contentDigest(base)).not.toBe(contentDigest({ ...base, 'a.mdx': '3'.repeat(64) }));
    expect(contentDigest(base)).not.toBe(contentDigest({ 'c.mdx': '1'.repeat(64), 'b.yaml': '2'.repeat(64) }));
    expect(contentDigest(base)).toBe(contentDigest({ 'b.yaml': '2'.repeat(64), 'a.mdx': '1'.repeat(64) }));
  });
});
