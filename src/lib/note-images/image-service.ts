import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { relative } from 'node:path';
import { staffError } from '../staff-error.ts';

/** "content/2022/catatan/foto.jpg" from the path Astro hands the service ("/@fs/…/foto.jpg?origWidth=…"). */
function shownPath(src: unknown): string {
  const path = String(src).replace(/^\/@fs/, '').replace(/\?.*$/, '');
  return relative(process.cwd(), path) || path;
}

/**
 * Astro's sharp service, except that an image it cannot process is an error. Astro's service then
 * returns the original bytes (metadata, GPS position included) under the new name with one English
 * warning; here the build stops naming the file. Re-encoding keeps no metadata, which is how note
 * photos lose their location (src/lib/note-images/rules.ts). Astro's documented way to extend a service.
 */
const strictSharp: LocalImageService = {
  ...sharpService,
  async transform(input, options, config, logger) {
    let fellBack = false;
    // the fallback is announced only by this warning, in English: noted here, and replaced by the error below
    const watching = Object.assign(Object.create(logger) as typeof logger, {
      warn: (message: string) => (/could not optimize/i.test(message) ? (fellBack = true) : logger.warn(message)),
    });
    const result = await sharpService.transform(input, options, config, watching);
    if (fellBack || result.data === input) {
      throw staffError(shownPath(options.src), 'gambar ini tidak dapat diolah oleh pengoptimal gambar situs, jadi tidak diterbitkan (berkas aslinya bisa membawa data lokasi GPS). Buka gambarnya, simpan ulang sebagai JPEG atau PNG, lalu ganti berkasnya. Situs TIDAK dibangun; situs yang sedang tayang tidak berubah.');
    }
    return result;
  },
};

export default strictSharp;
