// Location in every accepted media type, read from the bytes (src/lib/evidence/location.ts).
// The located files are the broken-content corpus's own (made with exiftool and ffmpeg); the clean
// ones are generated here, and cut-off files must be "unreadable", never clean.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locationMessage, mediaLocation } from '../../src/lib/evidence/location.ts';

const corpus = (path: string) => new Uint8Array(readFileSync(join('tests/fixtures/broken', path)));
const dir = mkdtempSync(join(tmpdir(), 'pzi-lokasi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function made(name: string, command: string, args: string[]): Uint8Array {
  const result = spawnSync(command, args.map((arg) => arg.replace('$OUT', join(dir, name))), { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return new Uint8Array(readFileSync(join(dir, name)));
}

// each case runs exiftool or ffmpeg: seconds on a loaded machine
describe('mediaLocation', { timeout: 30_000 }, () => {
  it('finds GPS in WebP EXIF (which the EXIF reader cannot open as a file), PNG XMP and both video conventions', async () => {
    expect(await mediaLocation(corpus('bukti-webp-gps/2022/bukti/foto-kegiatan.webp'), 'image/webp')).toMatchObject({ state: 'found', where: 'EXIF', latitude: -7.47 });
    expect(await mediaLocation(corpus('bukti-png-xmp-gps/2022/bukti/tangkapan-peta.png'), 'image/png')).toEqual({ state: 'found', where: 'XMP' });
    expect(await mediaLocation(corpus('bukti-video-lokasi/2022/bukti/video-apel.mp4'), 'video/mp4')).toEqual({ state: 'found', where: 'video' });
    expect(await mediaLocation(corpus('bukti-video-lokasi-iphone/2022/bukti/video-iphone.mp4'), 'video/quicktime')).toEqual({ state: 'found', where: 'video' });
    expect(await mediaLocation(corpus('bukti-foto-gps/2022/bukti/foto-rumah-saksi.jpg'), 'image/jpeg')).toMatchObject({ state: 'found', where: 'EXIF' });
  });

  it('finds the QuickTime ©xyz atom and an XMP-only position in a JPEG and a GIF', async () => {
    const mov = made('xyz.mov', 'ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=16x16:d=0.1', '-metadata', 'location=-07.4700+110.2100/', '-f', 'mov', '-y', '$OUT']);
    expect(await mediaLocation(mov, 'video/quicktime')).toEqual({ state: 'found', where: 'video' });
    for (const name of ['xmp.jpg', 'xmp.gif']) {
      made(name, 'convert', ['-size', '4x4', 'xc:blue', '$OUT']);
      made(name, 'exiftool', ['-q', '-overwrite_original', '-XMP-exif:GPSLatitude=-7.47', '-XMP-exif:GPSLongitude=110.21', '$OUT']);
      const type = name.endsWith('.gif') ? 'image/gif' : 'image/jpeg';
      expect(await mediaLocation(new Uint8Array(readFileSync(join(dir, name))), type), name).toMatchObject({ state: 'found' });
    }
  });

  it('says none for clean photos and videos of every accepted type', async () => {
    for (const [name, type] of [['a.jpg', 'image/jpeg'], ['a.png', 'image/png'], ['a.webp', 'image/webp'], ['a.gif', 'image/gif']] as const) {
      expect(await mediaLocation(made(name, 'convert', ['-size', '4x4', 'xc:red', '$OUT']), type), name).toEqual({ state: 'none' });
    }
    const mp4 = made('a.mp4', 'ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=16x16:d=0.1', '-y', '$OUT']);
    expect(await mediaLocation(mp4, 'video/mp4')).toEqual({ state: 'none' });
  });

  it('never calls a file it cannot read clean', async () => {
    const webp = corpus('bukti-webp-gps/2022/bukti/foto-kegiatan.webp');
    expect(await mediaLocation(webp.subarray(0, webp.length - 40), 'image/webp')).toMatchObject({ state: 'unreadable' });
    const mp4 = corpus('bukti-video-lokasi/2022/bukti/video-apel.mp4');
    expect(await mediaLocation(mp4.subarray(0, mp4.length - 3), 'video/mp4')).toMatchObject({ state: 'unreadable' });
    const tiff = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, ...new TextEncoder().encode('Exif\0\0II*\0'), 0xff, 0xff, 0xff, 0xff]);
    const finding = await mediaLocation(tiff, 'image/jpeg');
    expect(finding.state).not.toBe('none');
  });

  it('says in Indonesian what to do, naming the file', () => {
    expect(locationMessage('a.mp4', 'video/mp4', { state: 'found', where: 'video' })).toMatch(/^Video "a\.mp4" menyimpan lokasi GPS[\s\S]*lokasiBoleh: true/);
    expect(locationMessage('a.webp', 'image/webp', { state: 'unreadable', detail: 'x' })).toMatch(/^Foto "a\.webp": data tambahannya \(metadata\) tidak dapat dibaca/);
  });
});
