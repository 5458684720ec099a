import exifr from 'exifr';

export interface GpsPosition {
  latitude: number;
  longitude: number;
}

/** GPS position written in a photo's EXIF data (JPEG, PNG, WebP, HEIC…), if any (read with exifr). A photo's position can reveal a home or a witness. */
export async function imageGps(bytes: Uint8Array): Promise<GpsPosition | undefined> {
  try {
    const gps = await exifr.gps(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)) return { latitude: gps.latitude, longitude: gps.longitude };
  } catch {
    // No EXIF block, or one exifr cannot read: nothing to warn about.
  }
  return undefined;
}
