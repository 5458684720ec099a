import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Page counts of PDFs, read by Mozilla's pdf.js (`pdfjs-dist`, legacy build for Node): the reader
 * Firefox uses on every PDF of the web, so it is maintained against hostile files, Apache-2.0,
 * pure JavaScript (no native code to exploit), and it reads only the objects it needs (a page
 * count never decodes page contents). Still, an evidence file is written by a stranger: each file
 * is read in a worker thread with its own heap limit and a time limit, and the worker is
 * terminated when the process grows past a memory ceiling (decoded streams live outside the V8
 * heap). A file that hits a limit, is encrypted, damaged or truncated gets no number: the site
 * then says "jumlah halaman tidak diketahui" instead of a guess.
 */

/** Per-file limits. 10 s and 512 MB are far above what a real PDF of ≤ 25 MB needs (well under 1 s and 100 MB here). */
export const PDF_LIMITS = { timeMs: 10_000, heapMb: 256, growthMb: 512 } as const;

export type PdfReading = { pages: number } | { pages?: undefined; reason: 'rusak' | 'terpotong' | 'terkunci' | 'batas' };

/** True when the bytes start like a PDF ("%PDF-"). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(5, bytes.byteLength)).toString('latin1') === '%PDF-';
}

/** A PDF ends with "%%EOF" (within its last kilobyte, after any trailing newlines): without it the file was cut off, e.g. an interrupted download. */
export function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 1024)).toString('latin1');
  return tail.includes('%%EOF');
}

// Evaluated in the worker. Reads one PDF per message with pdf.js; no eval, no fonts, no network.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.module);
loading.then(() => parentPort.postMessage({ ready: true }), () => parentPort.postMessage({ ready: false }));
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const library = await loading;
    const task = library.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, stopAtErrors: true, verbosity: 0 });
    try {
      const document = await task.promise;
      parentPort.postMessage({ id, pages: document.numPages });
    } finally {
      await task.destroy();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.name || error) });
  }
});
`;

function pdfjsModule(): string {
  // Resolved from the project folder: the built chunk that runs this may live in a temporary output folder.
  return pathToFileURL(createRequire(join(process.cwd(), 'package.json')).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
}

type Pending = { resolve: (reading: PdfReading) => void };

/** Loading pdf.js into a fresh worker may take a few seconds on a busy machine; that is not the file's time. */
const LOAD_LIMIT_MS = 60_000;

/**
 * A worker with pdf.js loaded holds ± 100 MB. The files are read in one burst (the content check of a
 * build, or of `npm run check`), and the build then renders its pages for many seconds: a worker
 * idle that long ends, and cold builds peak that much lower (bench, 1 000 notes).
 */
const IDLE_MS = 1_000;

/** One worker at a time, reused across files; replaced after a file that broke a limit; ended when idle. */
class PdfReader {
  private worker: Worker | undefined;
  private ready: Promise<boolean> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private waiting = 0;
  private idle: NodeJS.Timeout | undefined;

  read(bytes: Uint8Array): Promise<PdfReading> {
    clearTimeout(this.idle);
    this.waiting++;
    const run = this.queue.then(() => this.readNow(bytes));
    this.queue = run
      .catch(() => undefined)
      .finally(() => {
        if (--this.waiting === 0) this.endWhenIdle();
      });
    return run;
  }

  private endWhenIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: pdfjsModule() },
      resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    this.ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), LOAD_LIMIT_MS);
      timer.unref();
      const settle = (ok: boolean) => {
        clearTimeout(timer);
        resolve(ok);
      };
      worker.once('message', (message: { ready?: boolean }) => settle(message.ready === true));
      worker.once('error', () => settle(false));
      worker.once('exit', () => settle(false));
    });
    return worker;
  }

  private async readNow(bytes: Uint8Array): Promise<PdfReading> {
    const worker = (this.worker ??= this.spawn());
    if (!(await this.ready)) {
      if (this.worker === worker) this.worker = undefined;
      void worker.terminate();
      return { reason: 'batas' };
    }
    const id = this.nextId++;
    const baseline = process.memoryUsage.rss();
    return new Promise<PdfReading>((resolve) => {
      let settled = false;
      const finish = (reading: PdfReading, kill: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(watchdog);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        worker.unref();
        if (kill) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        resolve(reading);
      };
      const onMessage = (message: { id: number; pages?: number; error?: string }) => {
        if (message.id !== id) return;
        if (typeof message.pages === 'number' && Number.isInteger(message.pages) && message.pages > 0) finish({ pages: message.pages }, false);
        else finish({ reason: message.error === 'PasswordException' ? 'terkunci' : 'rusak' }, false);
      };
      const onFailure = () => finish({ reason: 'batas' }, true); // out of heap, or the thread died
      const timer = setTimeout(() => finish({ reason: 'batas' }, true), PDF_LIMITS.timeMs);
      const watchdog = setInterval(() => {
        if (process.memoryUsage.rss() - baseline > PDF_LIMITS.growthMb * 1024 * 1024) finish({ reason: 'batas' }, true);
      }, 25);
      worker.ref();
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      // A copy: the caller keeps its bytes (they are hashed and published as they are).
      worker.postMessage({ id, bytes: new Uint8Array(bytes) });
    });
  }
}

let reader: PdfReader | undefined;

/** Page count of a PDF, or why there is none: not readable ("rusak"), cut off ("terpotong"), password-protected ("terkunci"), or over a limit ("batas"). */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfReading> {
  if (!isPdf(bytes)) return { reason: 'rusak' };
  if (!endsLikePdf(bytes)) return { reason: 'terpotong' };
  reader ??= new PdfReader();
  return reader.read(bytes);
}

/** Page count, or undefined when it cannot be known. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  return (await readPdfPages(bytes)).pages;
}
