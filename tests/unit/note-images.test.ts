// Note images: what the optimiser can process is decided from the header (src/lib/note-images/rules.ts),
// and an image it cannot process stops the build instead of being published as is (image-service.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageHeader, noteImageProblem } from '../../src/lib/note-images/rules.ts';
import strictSharp from '../../src/lib/note-images/image-service.ts';

const dir = mkdtempSync(join(tmpdir(), 'pzi-gambar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function image(name: string, size: string): Uint8Array {
  const result = spawnSync('convert', ['-size', size, 'xc:red', join(dir, name)], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return new Uint8Array(readFileSync(join(dir, name)));
}

describe('imageHeader', { timeout: 30_000 }, () => {
  it('reads the size of JPEG, PNG, GIF and lossy and lossless WebP', () => {
    expect(imageHeader(image('a.jpg', '321x123'))).toEqual({ format: 'jpeg', width: 321, height: 123 });
    expect(imageHeader(image('a.png', '321x123'))).toEqual({ format: 'png', width: 321, height: 123 });
    expect(imageHeader(image('a.gif', '321x123'))).toEqual({ format: 'gif', width: 321, height: 123 });
    expect(imageHeader(image('a.webp', '321x123'))).toEqual({ format: 'webp', width: 321, height: 123 });
    spawnSync('convert', ['-size', '321x123', 'xc:red', '-define', 'webp:lossless=true', join(dir, 'b.webp')]);
    expect(imageHeader(new Uint8Array(readFileSync(join(dir, 'b.webp'))))).toEqual({ format: 'webp', width: 321, height: 123 });
    expect(imageHeader(new TextEncoder().encode('bukan gambar'))).toBeUndefined();
  });
});

describe('noteImageProblem', () => {
  it('accepts an ordinary photo and refuses other types, mismatched content, cut-off files and huge images', () => {
    expect(noteImageProblem('./a.jpg', image('c.jpg', '40x30'))).toBeUndefined();
    expect(noteImageProblem('./a.svg', new TextEncoder().encode('<svg/>'))).toMatch(/berakhiran "\.svg"[\s\S]*ekspor sebagai PNG/);
    expect(noteImageProblem('./a.heic', new Uint8Array(8))).toMatch(/ekspor sebagai JPEG/);
    expect(noteImageProblem('./a.jpg', image('d.png', '40x30'))).toMatch(/bernama \.jpg tetapi isinya gambar PNG/);
    expect(noteImageProblem('./a.jpg', image('e.jpg', '40x30').subarray(0, 20))).toMatch(/tidak dapat dibaca sebagai gambar JPEG/);
    const huge = image('f.png', '1x1');
    new DataView(huge.buffer, huge.byteOffset).setUint32(16, 16000);
    new DataView(huge.buffer, huge.byteOffset).setUint32(20, 16000);
    expect(noteImageProblem('./a.png', huge)).toMatch(/16000 × 16000 piksel/);
  });
});

describe('the strict image service', () => {
  const logger = { info() {}, warn() {}, error() {}, debug() {} } as never;
  it('re-encodes a photo (no metadata kept)', async () => {
    const result = await strictSharp.transform(image('g.jpg', '40x30'), { src: '/@fs/x/content/2022/catatan/g.jpg?origWidth=40', format: 'webp' } as never, { service: { entrypoint: '', config: {} } } as never, logger);
    expect(result.format).toBe('webp');
  });

  it('stops with an Indonesian error naming the file when the optimiser cannot process it (instead of passing the original through)', async () => {
    const tooBig = { service: { entrypoint: '', config: { limitInputPixels: 100 } } } as never;
    const refusal = await strictSharp.transform(image('h.jpg', '40x30'), { src: `/@fs${process.cwd()}/content/2022/catatan/h.jpg?origWidth=40`, format: 'webp' } as never, tooBig, logger).then(() => undefined, (error: Error) => error);
    expect(refusal?.name).toBe('IsiTidakSah');
    expect(refusal?.message).toMatch(/^content\/2022\/catatan\/h\.jpg: gambar ini tidak dapat diolah/);
  });
});
