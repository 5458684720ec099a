/**
 * After a save the editor says where the entry stands, read from what the published site says it
 * contains (the build record /data/versi.json; its contract, with a sample in tests/fixtures/cms/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryStatus, isBuildRecord, publicPath } from '../../src/lib/cms/entry-status.ts';

const record = JSON.parse(readFileSync('tests/fixtures/cms/versi.json', 'utf8')) as unknown;
const PATH = '2022/catatan/2022-06-rapat.mdx';
const LIVE_HASH = '5b2c7e3d0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382716054';

describe('entry status after a save', () => {
  it('reads the build record contract and refuses what does not follow it', () => {
    expect(isBuildRecord(record)).toBe(true);
    expect(isBuildRecord({ dibangun: 'kemarin', entri: {} })).toBe(false);
    expect(isBuildRecord({ dibangun: '2022-07-01T02:15:00Z', entri: { a: 1 } })).toBe(false);
    expect(isBuildRecord(null)).toBe(false);
  });

  it('live only when the site lists these very bytes; else waiting for review; local mode never live', () => {
    if (!isBuildRecord(record)) throw new Error('fixture');
    expect(entryStatus({ local: false, record, path: PATH, sha256: LIVE_HASH })).toEqual({ state: 'live', text: 'Tayang sejak 1 Juli 2022 pukul 09.15 WIB.' });
    expect(entryStatus({ local: false, record, path: PATH, sha256: 'f'.repeat(64) }).state).toBe('pending');
    expect(entryStatus({ local: false, record, path: '2022/catatan/lain.mdx', sha256: LIVE_HASH }).text).toBe('Menunggu tinjauan.');
    expect(entryStatus({ local: false, path: PATH, sha256: LIVE_HASH }).state).toBe('pending');
    expect(entryStatus({ local: true, record, path: PATH, sha256: LIVE_HASH })).toEqual({ state: 'local', text: 'Tersimpan di komputer ini, belum tayang.' });
  });

  it('links each entry to its public page', () => {
    expect(publicPath(PATH)).toBe('kemajuan/2022-06-rapat/');
    expect(publicPath('2022/bukti/sk-tim.yaml')).toBe('2022/bukti/');
    expect(publicPath('survei/skm-2022-1/index.mdx')).toBe('survei/skm-2022-1/');
    expect(publicPath('kanal/wbs.yaml')).toBe('pengaduan/');
    expect(publicPath('unit.yaml')).toBe('');
    expect(publicPath('2022/komponen/i-1.mdx')).toBeUndefined();
  });
});
