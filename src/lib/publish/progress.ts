import type { Progress } from './release.ts';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

/** One line that redraws itself on a terminal; elsewhere (CI, logs) a line at every tenth of the bytes. */
export function progressBar(stream: NodeJS.WriteStream, label: string): Progress {
  let totalFiles = 0;
  let totalBytes = 0;
  let files = 0;
  let bytes = 0;
  let lastTenth = -1;
  let lastDraw = 0;
  const line = () => {
    const share = totalBytes ? bytes / totalBytes : 1;
    const width = 24;
    const filled = Math.round(share * width);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${files}/${totalFiles} berkas, ${megabytes(bytes)} dari ${megabytes(totalBytes)}`;
  };
  const draw = (force = false) => {
    if (stream.isTTY) {
      const now = Date.now();
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      stream.write(`\r${line()}\x1b[K`);
      return;
    }
    const tenth = Math.floor((totalBytes ? bytes / totalBytes : 1) * 10);
    if (tenth !== lastTenth || force) {
      lastTenth = tenth;
      stream.write(`${line()}\n`);
    }
  };
  return {
    start(fileCount, byteCount) {
      totalFiles = fileCount;
      totalBytes = byteCount;
      draw(true);
    },
    advance(fileStep, byteStep) {
      files += fileStep;
      bytes += byteStep;
      draw();
    },
    done() {
      draw(true);
      if (stream.isTTY) stream.write('\n');
    },
  };
}
