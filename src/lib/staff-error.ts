/**
 * Errors staff read when a build stops: Indonesian, naming the content file, without a stack trace
 * (Astro prints `error.stack` when there is one). Developers get the stack back with `PZI_DEBUG=1`.
 */
export class StaffError extends Error {
  override name = 'IsiTidakSah';
}

/** True when developers asked for stack traces. */
export function debugEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.PZI_DEBUG === '1';
}

/** A `StaffError` "<file>: <message>" whose stack is hidden unless `PZI_DEBUG=1`. */
export function staffError(file: string, message: string, cause?: unknown): StaffError {
  const error = new StaffError(`${file}: ${message}`, cause === undefined ? undefined : { cause });
  if (!debugEnabled()) {
    error.stack = '';
    // Astro prints `cause` with its own stack: keep it only for developers.
    delete (error as { cause?: unknown }).cause;
  }
  return error;
}

/** The error for a staff-written body that failed while its page was rendered. */
export function renderFailure(file: string, error: unknown): StaffError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const failure = staffError(file, `isi berkas ini tidak dapat dijadikan halaman (${detail}). Biasanya karena tanda { atau < yang terbaca sebagai kode program: jalankan npm run check untuk melihat barisnya. Situs TIDAK dibangun; situs yang sedang tayang tidak berubah.`, error);
  // Astro's MDX renderer sets an English `title` and `hint` on errors from MDX bodies; staff read ours.
  const fixed = { title: 'Isi tidak dapat dijadikan halaman', hint: 'Perbaiki berkas yang disebut, lalu bangun ulang.' };
  for (const [key, value] of Object.entries(fixed)) Object.defineProperty(failure, key, { get: () => value, set: () => {}, enumerable: false });
  return failure;
}
