/**
 * Renders an Open Graph card to a 1200×630 PNG (drawing in `draw.mjs`: satori + resvg), using the
 * fonts shipped in src/assets/fonts (no download). Results are cached in `<cache>/og/` by content
 * key, so a warm build renders only changed cards.
 *
 * Cold builds draw every card, the costliest work of the build (~0.1 s of CPU each), so cards are
 * drawn in worker threads, one per core: with `build.concurrency` > 1 in astro.config.mjs the main
 * thread keeps rendering pages meanwhile.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ogCacheKey, type OgCard } from './card.ts';
import { cacheDir } from '../evidence/facts-cache.ts';

const FONT_DIR = path.resolve('src/assets/fonts');
// By path from the project root, like the fonts: the worker runs the file as it is, outside Vite's bundle.
const DRAW_MODULE = path.resolve('src/lib/og/draw.mjs');
// Same root as the other build caches (`PZI_CACHE_DIR`, default `.cache`), so `npm run bench` measures a
// truly cold build and CI restores one folder.
const CACHE_DIR = path.resolve(cacheDir(), 'og');

let fonts: { regular: Buffer; bold: Buffer; hash: string } | undefined;
function loadFonts() {
  if (!fonts) {
    const regular = readFileSync(path.join(FONT_DIR, 'noto-sans-latin-400-normal.woff'));
    const bold = readFileSync(path.join(FONT_DIR, 'noto-sans-latin-700-normal.woff'));
    fonts = { regular, bold, hash: createHash('sha256').update(regular).update(bold).digest('hex') };
  }
  return fonts;
}

export interface RenderStats {
  rendered: number;
  cached: number;
}
export const renderStats: RenderStats = { rendered: 0, cached: 0 };

type Reply = { id: number; png?: Uint8Array; error?: string };

/** A small pool of drawing workers, started on the first card that is not cached. */
class DrawPool {
  private readonly size: number;
  private readonly slots: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    this.size = size;
  }

  async draw(card: OgCard, fontData: { regular: Uint8Array; bold: Uint8Array }): Promise<Uint8Array> {
    if (this.slots.length < this.size) this.slots.push(this.start());
    const slot = this.slots.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    const id = this.nextId++;
    // A worker with work keeps the process alive; an idle one must not keep the build from exiting.
    if (slot.busy++ === 0) slot.worker.ref();
    try {
      return await new Promise<Uint8Array>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, card, fonts: fontData });
      });
    } finally {
      if (--slot.busy === 0) slot.worker.unref();
    }
  }

  private start() {
    const worker = new Worker(DRAW_MODULE);
    worker.unref();
    worker.on('message', ({ id, png, error }: Reply) => {
      const waiting = this.pending.get(id);
      if (!waiting) return;
      this.pending.delete(id);
      if (png) waiting.resolve(png);
      else waiting.reject(new Error(`Kartu pratinjau gagal digambar: ${error}`));
    });
    worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    return { worker, busy: 0 };
  }
}

let pool: DrawPool | undefined;

/** PNG bytes of a card, from the cache when the key matches. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  const { regular, bold, hash } = loadFonts();
  const key = ogCacheKey(card, hash);
  const cached = path.join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) {
    renderStats.cached++;
    return readFileSync(cached);
  }
  pool ??= new DrawPool(Math.max(1, Math.min(2, availableParallelism())));
  const png = await pool.draw(card, { regular, bold });
  mkdirSync(CACHE_DIR, { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, cached);
  renderStats.rendered++;
  return png;
}
