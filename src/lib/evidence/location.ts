import exifr from 'exifr';

/**
 * Where a photo or video was taken, as its own bytes say it. A position can reveal a home or a witness,
 * so every accepted image and video type is examined, in every place a position is kept: EXIF (JPEG,
 * PNG, WebP's EXIF chunk), XMP packets (any image), the QuickTime/MP4 location atoms (`©xyz`, the 3GPP
 * `loci` box, Apple's `com.apple.quicktime.location.ISO6709` key) and Matroska/WebM tags.
 *
 * A file whose metadata cannot be read is `unreadable`, never clean: the caller refuses it. Pure over
 * the bytes (no Node API), so the CMS form can run the same rule in the browser.
 */
export type LocationFinding =
  | { state: 'none' }
  | { state: 'found'; where: 'EXIF' | 'XMP' | 'video'; latitude?: number; longitude?: number }
  | { state: 'unreadable'; detail: string };

/** Names a location is kept under in text metadata (XMP, QuickTime keys, Matroska tags). */
const LOCATION_TEXT = /GPS(?:Latitude|Longitude|Coordinates)|GpsLatitude|GpsLongitude|quicktime\.location|ISO6709/i;

const ascii = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Type of the box at `at` in an ISO-BMFF/QuickTime file, if the 4 bytes there are a box type. */
function boxType(bytes: Uint8Array, at: number): string {
  return ascii(bytes.subarray(at, at + 4));
}

/** Top-level boxes of an MP4/MOV file: [type, start, end]; undefined when the sizes do not add up (a cut-off or crafted file). */
function topLevelBoxes(bytes: Uint8Array): [string, number, number][] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: [string, number, number][] = [];
  let at = 0;
  while (at + 8 <= bytes.byteLength) {
    let size = view.getUint32(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > bytes.byteLength) return undefined;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) size = bytes.byteLength - at;
    if (size < header || at + size > bytes.byteLength) return undefined;
    boxes.push([boxType(bytes, at + 4), at, at + size]);
    at += size;
  }
  return at === bytes.byteLength ? boxes : undefined;
}

/** True when a box of type `type` (4 bytes) sits somewhere in `bytes` with a size that fits: a real box, not 4 chance bytes. */
function hasBox(bytes: Uint8Array, type: readonly number[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 4; at + 4 <= bytes.byteLength; at++) {
    if (bytes[at] !== type[0] || bytes[at + 1] !== type[1] || bytes[at + 2] !== type[2] || bytes[at + 3] !== type[3]) continue;
    const size = view.getUint32(at - 4);
    if (size >= 8 && at - 4 + size <= bytes.byteLength) return true;
  }
  return false;
}

const XYZ = [0xa9, 0x78, 0x79, 0x7a]; // "©xyz"
const LOCI = [0x6c, 0x6f, 0x63, 0x69]; // "loci"

/** MP4/MOV: every box but the media data (`mdat`, `free`, `skip`) is metadata and is searched. */
function videoLocation(bytes: Uint8Array): LocationFinding {
  const boxes = topLevelBoxes(bytes);
  if (!boxes) return { state: 'unreadable', detail: 'susunan berkas video tidak utuh' };
  for (const [type, start, end] of boxes) {
    if (type === 'mdat' || type === 'free' || type === 'skip' || type === 'wide') continue;
    const box = bytes.subarray(start, end);
    if (hasBox(box, XYZ) || hasBox(box, LOCI) || LOCATION_TEXT.test(ascii(box))) return { state: 'found', where: 'video' };
  }
  return { state: 'none' };
}

/** The payload of WebP's `EXIF` chunk (RIFF), without the optional "Exif\0\0" prefix; undefined when absent. */
function webpExif(bytes: Uint8Array): Uint8Array | undefined | 'broken' {
  if (ascii(bytes.subarray(0, 4)) !== 'RIFF' || ascii(bytes.subarray(8, 12)) !== 'WEBP') return 'broken';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const size = view.getUint32(at + 4, true);
    if (at + 8 + size > bytes.byteLength) return 'broken';
    if (ascii(bytes.subarray(at, at + 4)) === 'EXIF') {
      const payload = bytes.subarray(at + 8, at + 8 + size);
      return ascii(payload.subarray(0, 6)) === 'Exif\0\0' ? payload.subarray(6) : payload;
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/** True when the bytes hold an EXIF block (JPEG APP1 "Exif", PNG `eXIf`, or a bare TIFF header as in WebP's chunk). */
function hasExifBlock(bytes: Uint8Array): boolean {
  const head = ascii(bytes.subarray(0, 4));
  return head === 'II*\0' || head === 'MM\0*' || /Exif\0\0|eXIf/.test(ascii(bytes));
}

/**
 * GPS tags of the EXIF block. The reader is asked for the raw tags: a GPS IFD with only one of
 * latitude or longitude, or with values it cannot convert, is still a location. An EXIF block it
 * cannot read at all is `unreadable`.
 */
async function exifGps(bytes: Uint8Array): Promise<LocationFinding> {
  if (!hasExifBlock(bytes)) return { state: 'none' };
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, { tiff: true, gps: true, exif: false, ifd1: false, interop: false, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false, mergeOutput: true });
  } catch (error) {
    return { state: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  // exifr collects what it could not read in `errors` instead of throwing
  const errors = Array.isArray(tags?.errors) ? tags.errors : [];
  if (!tags || errors.length || !Object.keys(tags).length) return { state: 'unreadable', detail: errors.length ? String(errors[0]) : 'blok EXIF tidak terbaca' };
  if (!Object.keys(tags).some((key) => /^GPS(?:Latitude|Longitude)/.test(key))) return { state: 'none' };
  const latitude = typeof tags.latitude === 'number' ? tags.latitude : undefined;
  const longitude = typeof tags.longitude === 'number' ? tags.longitude : undefined;
  return { state: 'found', where: 'EXIF', ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}) };
}

/** Where the bytes of a file of `mediaType` say it was taken, or that they cannot be read (never "clean" on an error). */
export async function mediaLocation(bytes: Uint8Array, mediaType: string): Promise<LocationFinding> {
  if (mediaType === 'video/mp4' || mediaType === 'video/quicktime') return videoLocation(bytes);
  if (mediaType === 'video/webm') return LOCATION_TEXT.test(ascii(bytes)) || /LOCATION/.test(ascii(bytes)) ? { state: 'found', where: 'video' } : { state: 'none' };
  if (!mediaType.startsWith('image/')) return { state: 'none' };
  // XMP is text in any image format; EXIF GPS tags are binary, so this finds only XMP (or a text chunk).
  if (LOCATION_TEXT.test(ascii(bytes))) {
    const exif = mediaType === 'image/jpeg' || mediaType === 'image/png' ? await exifGps(bytes) : undefined;
    return exif?.state === 'found' ? exif : { state: 'found', where: 'XMP' };
  }
  if (mediaType === 'image/jpeg' || mediaType === 'image/png') return exifGps(bytes);
  if (mediaType === 'image/webp') {
    const exif = webpExif(bytes);
    if (exif === 'broken') return { state: 'unreadable', detail: 'susunan berkas WebP tidak utuh' };
    return exif ? exifGps(exif) : { state: 'none' };
  }
  // GIF keeps no EXIF; its XMP was searched above.
  return { state: 'none' };
}

const HOW_TO_REMOVE = {
  photo: 'Hapus data lokasinya lalu ganti berkasnya: di Windows klik kanan berkas → Properties → Details → "Remove Properties and Personal Information"; di ponsel matikan lokasi kamera atau pilih "hapus lokasi" saat berbagi foto.',
  video: 'Hapus data lokasinya lalu ganti berkasnya: di ponsel matikan lokasi kamera sebelum merekam, atau kirim ulang videonya lewat aplikasi yang membuang lokasi (mis. WhatsApp, lalu simpan video yang diterima).',
};

/** What staff read for a photo or video that keeps a location, or whose metadata cannot be checked. */
export function locationMessage(fileName: string, mediaType: string, finding: Exclude<LocationFinding, { state: 'none' }>): string {
  const video = mediaType.startsWith('video/');
  const what = video ? `Video "${fileName}"` : `Foto "${fileName}"`;
  const allowed = 'Bila lokasi itu memang boleh diketahui publik (mis. kantor KPU), tulis lokasiBoleh: true di berkas YAML ini.';
  if (finding.state === 'unreadable') {
    return `${what}: data tambahannya (metadata) tidak dapat dibaca (${finding.detail}), jadi situs tidak dapat memastikan berkas ini tidak menyimpan lokasi GPS. Buka berkasnya lalu simpan/ekspor ulang (mis. "Save as" JPEG atau MP4) dan ganti berkas ini. ${allowed}`;
  }
  const position = Number.isFinite(finding.latitude) && Number.isFinite(finding.longitude) ? ` (${finding.latitude!.toFixed(4)}, ${finding.longitude!.toFixed(4)})` : '';
  const where = finding.where === 'video' ? 'di data videonya' : `di data ${finding.where}-nya`;
  return `${what} menyimpan lokasi GPS${position} ${where}, yang akan ikut terbit bersama berkas dan dapat menunjukkan rumah atau tempat seseorang. ${video ? HOW_TO_REMOVE.video : HOW_TO_REMOVE.photo} ${allowed}`;
}
