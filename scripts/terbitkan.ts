// `npm run terbitkan [-- --kembali] [-- --tanpa-build] [-- --ftp-tanpa-enkripsi]`:
// check the content, build, upload to the hosting, switch, and verify from the public address.
// Settings: environment PZI_TERBIT_* (src/lib/publish/target.ts), docs/administrator.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { BUILD_RECORD_PATH, type BuildRecord } from '../src/lib/publish/build-record.ts';
import { connectFtp } from '../src/lib/publish/ftp.ts';
import { progressBar } from '../src/lib/publish/progress.ts';
import { KEEP, layout, liveFolder, previousRelease, prune, readBuild, readStatus, recover, switchTo, uploadRelease } from '../src/lib/publish/release.ts';
import type { Remote } from '../src/lib/publish/remote.ts';
import { connectSftp } from '../src/lib/publish/sftp.ts';
import { PublishError, readSettings, type Settings } from '../src/lib/publish/target.ts';

const say = (text: string) => console.log(text);

function run(step: string, command: string, args: string[]): void {
  say(`${step}…`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new PublishError(`${step} gagal (lihat pesan di atas). Tidak ada yang diunggah; situs yang tayang tidak berubah.`);
}

/** Reads the site's build record from its public address (never from a cache). */
async function verify(settings: Settings, expected: BuildRecord): Promise<string> {
  const url = new URL(`${BUILD_RECORD_PATH}?terbitkan=${Date.now()}`, settings.address);
  let live: BuildRecord;
  try {
    const response = await fetch(url, { cache: 'no-store', headers: { 'cache-control': 'no-cache' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    live = (await response.json()) as BuildRecord;
  } catch (error) {
    throw new PublishError(`Rilis sudah dipindah, tetapi ${url.origin}${url.pathname} tidak bisa dibaca (${(error as Error).message}). Buka alamat itu di browser; bila situs salah, jalankan npm run terbitkan -- --kembali.`);
  }
  if (live.isi !== expected.isi || live.dibangun !== expected.dibangun) {
    throw new PublishError(`Alamat ${settings.address} menyajikan versi ${String(live.isi).slice(0, 12)} (${live.dibangun}), bukan versi yang baru diunggah ${expected.isi.slice(0, 12)} (${expected.dibangun}). Periksa apakah PZI_TERBIT_TUJUAN adalah folder yang disajikan alamat itu, atau apakah ada cache di depan server.`);
  }
  return `Tayang: ${settings.address} (versi ${live.isi.slice(0, 12)}, ${live.dibangun})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      kembali: { type: 'boolean', default: false },
      'tanpa-build': { type: 'boolean', default: false },
      'ftp-tanpa-enkripsi': { type: 'boolean', default: false },
      dist: { type: 'string', default: 'dist' },
    },
  });
  const root = process.cwd();
  const settings = readSettings(process.env, { root, contentRoot: contentRoot(), allowPlainFtp: values['ftp-tanpa-enkripsi'] });
  if (settings.target.protocol === 'ftp') console.warn('PERINGATAN: ftp:// tanpa enkripsi: sandi dan berkas terkirim terbuka di jaringan.');
  const dist = resolve(values.dist);
  if (!values.kembali && !values['tanpa-build']) {
    run('Memeriksa isi', process.execPath, ['scripts/check.ts']);
    run('Membangun situs', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]);
  }
  say(`Menghubungi ${settings.target.label}…`);
  const remote: Remote = settings.target.protocol === 'sftp' ? await connectSftp(settings) : await connectFtp(settings);
  try {
    const paths = layout(settings.target.path);
    const status = await readStatus(remote, paths);
    if (await recover(remote, paths, status)) say('Perpindahan yang terputus pada terbitan sebelumnya diselesaikan dulu.');
    if (values.kembali) {
      const previous = previousRelease(status);
      if (!previous) throw new PublishError('Tidak ada rilis sebelumnya yang tersimpan di server, jadi tidak ada yang bisa dikembalikan.');
      status.riwayat = status.riwayat.slice(0, -1);
      const { gap } = await switchTo(remote, paths, status, previous);
      if (gap) say(gap);
      const record = JSON.parse((await remote.readText(`${liveFolder(remote, paths, previous)}/${BUILD_RECORD_PATH}`)) ?? '{}') as BuildRecord;
      say(`Dikembalikan ke rilis ${previous}.`);
      say(await verify(settings, record));
      return;
    }
    const record = JSON.parse(readFileSync(join(dist, BUILD_RECORD_PATH), 'utf8')) as BuildRecord;
    const manifest = readBuild(dist);
    if (!manifest.files['index.html'] || !manifest.files['404.html']) throw new PublishError(`${dist} bukan hasil build yang lengkap (index.html atau 404.html tidak ada). Tidak ada yang diunggah.`);
    if (status.tayang === manifest.id) {
      say('Build ini sudah tayang; tidak ada yang diunggah.');
    } else {
      const report = await uploadRelease(remote, paths, dist, manifest, status, progressBar(process.stderr, 'Mengunggah'));
      say(`Terunggah: ${report.sent} berkas dikirim (${(report.sentBytes / 1_000_000).toFixed(1)} MB), ${report.linked} berkas sama dengan yang tayang (tidak dikirim ulang), ${report.resumed} berkas sudah terunggah sebelumnya.`);
      const { gap } = await switchTo(remote, paths, status, manifest.id);
      if (gap) say(gap);
      const removed = await prune(remote, paths, status, manifest.id);
      say(`Rilis ${manifest.id} tayang. Disimpan ${Math.min(KEEP, status.riwayat.length)} rilis terakhir${removed.length ? ` (dihapus: ${removed.join(', ')})` : ''}; kembali ke sebelumnya: npm run terbitkan -- --kembali`);
    }
    say(await verify(settings, record));
  } finally {
    await remote.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof PublishError ? `Terbitkan berhenti: ${error.message}` : `Terbitkan berhenti karena kesalahan tak terduga: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
