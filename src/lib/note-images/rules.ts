/**
 * Images in notes (`![keterangan](./foto.jpg)` in an MDX file) are re-encoded by the build's image
 * optimiser, which keeps no metadata: a photo's GPS position, camera and owner never reach the site
 * (stripped, not refused: the clerk's photo is fine, only its hidden data goes). So the optimiser must
 * be able to read every note image, and must never be asked to decode a huge one: these rules refuse,
 * before the build, what it could not process. Pure over the bytes, for the check and the CMS form.
 */
import { convertHint } from '../evidence/convert-hints.ts';

/** Image types a note may show, by extension, with the format the bytes must have. */
export const NOTE_IMAGE_TYPES: Readonly<Record<string, 'jpeg' | 'png' | 'webp' | 'gif'>> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.gif': 'gif',
};

/**
 * Largest image a note may show: 50 million pixels, above every phone camera's default (12–50 MP) and
 * far above what a page shows. Decoding costs memory per pixel (a 16 000 × 16 000 image took 1.9 GB);
 * at this cap the optimiser stays well under 1 GB. The optimiser is given the same limit.
 */
export const MAX_NOTE_IMAGE_PIXELS = 50_000_000;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Format and size from an image's header, or undefined when the header is not one of the four formats (or is cut off). */
export function imageHeader(bytes: Uint8Array): { format: 'jpeg' | 'png' | 'webp' | 'gif'; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (length: number) => bytes.byteLength >= length;
  if (has(24) && bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG' && ascii(bytes, 12, 16) === 'IHDR') {
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (has(10) && ascii(bytes, 0, 4) === 'GIF8') return { format: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (has(30) && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    const chunk = ascii(bytes, 12, 16);
    if (chunk === 'VP8 ') return { format: 'webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (chunk === 'VP8L') {
      const [b0, b1, b2, b3] = [bytes[21]!, bytes[22]!, bytes[23]!, bytes[24]!];
      return { format: 'webp', width: 1 + (((b1 & 0x3f) << 8) | b0), height: 1 + (((b3 & 0xf) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6)) };
    }
    if (chunk === 'VP8X') return { format: 'webp', width: 1 + (view.getUint32(24, true) & 0xffffff), height: 1 + (view.getUint32(27, true) & 0xffffff) };
    return undefined;
  }
  if (has(4) && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 <= bytes.byteLength) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      const length = view.getUint16(at + 2);
      // SOF0–SOF15 (not DHT C4, JPG C8, DAC CC) carry the frame size
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
      }
      if (length < 2) return undefined;
      at += 2 + length;
    }
  }
  return undefined;
}

/** Why a note image cannot be published (Indonesian, naming it as written), or undefined when the optimiser can take it. */
export function noteImageProblem(name: string, bytes: Uint8Array): string | undefined {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot).toLowerCase();
  const expected = NOTE_IMAGE_TYPES[extension];
  if (!expected) {
    return `Gambar "${name}" berakhiran "${extension || '(tanpa akhiran)'}", yang tidak dapat ditampilkan di catatan. Jenis gambar yang boleh: ${Object.keys(NOTE_IMAGE_TYPES).join(', ')}. ${convertHint(extension)}`;
  }
  const header = imageHeader(bytes);
  if (!header || header.width === 0 || header.height === 0) {
    return `Gambar "${name}" tidak dapat dibaca sebagai gambar ${expected.toUpperCase()} (berkasnya rusak, terpotong, atau isinya bukan gambar). Buka gambarnya di komputer atau ponsel, simpan ulang sebagai JPEG atau PNG, lalu ganti berkasnya.`;
  }
  if (header.format !== expected) {
    return `Gambar "${name}" bernama ${extension} tetapi isinya gambar ${header.format.toUpperCase()}. Ganti akhiran namanya sesuai isinya, atau simpan ulang gambarnya sebagai ${extension}.`;
  }
  const pixels = header.width * header.height;
  if (pixels > MAX_NOTE_IMAGE_PIXELS) {
    return `Gambar "${name}" berukuran ${header.width} × ${header.height} piksel (${Math.round(pixels / 1e6)} juta piksel), lebih besar dari batas ${MAX_NOTE_IMAGE_PIXELS / 1e6} juta piksel. Perkecil gambarnya (mis. lebar 4000 piksel) lalu ganti berkasnya.`;
  }
  return undefined;
}
