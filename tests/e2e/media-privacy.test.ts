// Location privacy on generated media, end to end:
//   - evidence: a WebP with GPS in EXIF, a PNG with GPS only in XMP and an MP4 with a location are each
//     refused by `npm run check`, naming the file;
//   - note photos: a photo with GPS is published without it (the optimiser re-encodes without metadata,
//     and the original bytes are never published); an image the optimiser could not process (cut off,
//     or 16 000 × 16 000 pixels) is an error naming the file, within seconds, before anything is decoded.
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent } from '../unit/support/content-dir.ts';
import { astroBuild, nodeScript } from './support/astro-build.ts';
import { mediaLocation } from '../../src/lib/evidence/location.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

const GPS = ['-GPSLatitude=7.4797', '-GPSLatitudeRef=S', '-GPSLongitude=110.2177', '-GPSLongitudeRef=E'];

function evidence(root: string, name: string, kind: string): void {
  writeFileSync(join(root, '2022/bukti', name.replace(/\.\w+$/, '.yaml')), `title: Bukti uji lokasi ${name}\ndate: 2022-07-04\nindicators: [V.3.1]\nfile: ${name}\nkind: ${kind}\n`);
}

function note(root: string, slug: string, image: string): void {
  writeFileSync(join(root, '2022/catatan', `${slug}.mdx`), `---\ntitle: Catatan uji foto ${slug}\ndate: 2022-07-04\nindicators: [I.1.1]\nstatus: berjalan\n---\n\nFoto kegiatan:\n\n![Foto kegiatan rapat](./${image})\n`);
}

describe('evidence with a location, made by exiftool and ffmpeg', () => {
  it('npm run check refuses a WebP, an XMP-only PNG and an MP4 with a location, naming each file', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    const bukti = join(copy.root, '2022/bukti');
    run('convert', ['-size', '32x24', 'xc:gray', join(bukti, 'uji-webp.webp')]);
    run('exiftool', ['-q', '-overwrite_original', ...GPS, join(bukti, 'uji-webp.webp')]);
    run('convert', ['-size', '32x24', 'xc:gray', join(bukti, 'uji-xmp.png')]);
    run('exiftool', ['-q', '-overwrite_original', '-XMP-exif:GPSLatitude=-7.4797', '-XMP-exif:GPSLongitude=110.2177', join(bukti, 'uji-xmp.png')]);
    run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=gray:s=32x24:d=0.1', '-metadata', 'location=-07.4797+110.2177/', '-y', join(bukti, 'uji-video.mp4')]);
    evidence(copy.root, 'uji-webp.webp', 'foto');
    evidence(copy.root, 'uji-xmp.png', 'tangkapan-layar');
    evidence(copy.root, 'uji-video.mp4', 'video');
    const { code, output } = await nodeScript('scripts/check.ts', ['--content', copy.root]);
    expect(code, output).toBe(1);
    expect(output).toMatch(/uji-webp\.yaml:\d+ · kolom file\n\s+Foto "uji-webp\.webp" menyimpan lokasi GPS \(-7\.4797, 110\.2177\)/);
    expect(output).toMatch(/uji-xmp\.yaml:\d+ · kolom file\n\s+Foto "uji-xmp\.png" menyimpan lokasi GPS di data XMP-nya/);
    expect(output).toMatch(/uji-video\.yaml:\d+ · kolom file\n\s+Video "uji-video\.mp4" menyimpan lokasi GPS/);
    expect(output).toMatch(/Ditemukan 3 masalah di 3 berkas/);
  });
});

describe('photos in notes', () => {
  it('a photo with GPS is published re-encoded without it, and its original bytes are not published', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    const photo = join(copy.root, '2022/catatan/foto-rapat.jpg');
    run('convert', ['-size', '120x80', 'gradient:blue-white', photo]);
    run('exiftool', ['-q', '-overwrite_original', ...GPS, photo]);
    note(copy.root, '2022-07-uji-foto', 'foto-rapat.jpg');
    expect(await mediaLocation(readFileSync(photo), 'image/jpeg')).toMatchObject({ state: 'found' });
    const outDir = mkdtempSync(join(tmpdir(), 'pzi-out-foto-'));
    cleanups.push(() => rmSync(outDir, { recursive: true, force: true }));
    const { code, output } = await astroBuild(['--outDir', outDir], { PZI_CONTENT: copy.root });
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).not.toMatch(/could not optimize/i);
    const page = readFileSync(join(outDir, 'kemajuan/2022-07-uji-foto/index.html'), 'utf8');
    const src = /<img[^>]+src="([^"]+)"[^>]*alt="Foto kegiatan rapat"|<img[^>]+alt="Foto kegiatan rapat"[^>]*src="([^"]+)"/.exec(page);
    expect(src, 'the note shows the photo').not.toBeNull();
    const original = readFileSync(photo);
    const published = globSync('**/*.{jpg,jpeg,png,webp,gif,avif}', { cwd: outDir });
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) {
      const bytes = readFileSync(join(outDir, file));
      expect(bytes.equals(original), `${file} is the original photo`).toBe(false);
      expect(bytes.includes(Buffer.from('GPS')), file).toBe(false);
      const type = file.endsWith('.webp') ? 'image/webp' : file.endsWith('.png') ? 'image/png' : file.endsWith('.gif') ? 'image/gif' : 'image/jpeg';
      expect(await mediaLocation(bytes, type), file).toEqual({ state: 'none' });
    }
  });

  it('an image the optimiser could not process is refused naming the note and the image, without decoding it', async () => {
    const copy = copyOfContent();
    cleanups.push(copy.remove);
    const dir = join(copy.root, '2022/catatan');
    run('convert', ['-size', '120x80', 'xc:red', join(dir, 'foto-terpotong.jpg')]);
    writeFileSync(join(dir, 'foto-terpotong.jpg'), readFileSync(join(dir, 'foto-terpotong.jpg')).subarray(0, 30));
    note(copy.root, '2022-07-uji-terpotong', 'foto-terpotong.jpg');
    // a 16 000 × 16 000 PNG: only its header is real, which is all the check may read
    run('convert', ['-size', '1x1', 'xc:red', join(dir, 'foto-raksasa.png')]);
    const huge = readFileSync(join(dir, 'foto-raksasa.png'));
    huge.writeUInt32BE(16000, 16);
    huge.writeUInt32BE(16000, 20);
    writeFileSync(join(dir, 'foto-raksasa.png'), huge);
    note(copy.root, '2022-07-uji-raksasa', 'foto-raksasa.png');
    const started = Date.now();
    const { code, output } = await nodeScript('scripts/check.ts', ['--content', copy.root]);
    expect(code, output).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(output).toMatch(/2022-07-uji-terpotong\.mdx:\d+\n\s+Gambar "\.\/foto-terpotong\.jpg" tidak dapat dibaca sebagai gambar JPEG/);
    expect(output).toMatch(/2022-07-uji-raksasa\.mdx:\d+\n\s+Gambar "\.\/foto-raksasa\.png" berukuran 16000 × 16000 piksel \(256 juta piksel\), lebih besar dari batas 50 juta piksel/);
  });
});
