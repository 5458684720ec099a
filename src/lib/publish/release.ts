/**
 * Releases on the server, beside the served folder and never inside it:
 *
 *   <served>                       what the web server serves (e.g. public_html): a link to a release
 *                                  (SFTP), or the live release's folder itself (FTP: no links)
 *   <served>-terbitkan/rilis/<id>/ one folder per build; <id> = digest of the build's file list
 *   <served>-terbitkan/rilis/<id>.json   the build's file list, written once the folder is complete
 *   <served>-terbitkan/status.json which release is live and which were live before
 *   <served>-terbitkan/asli-<time>/ what the host had in <served> before the first switch (kept)
 *
 * A build is uploaded into its own folder (file by file as `<name>.part`, renamed when complete), so
 * an interrupted upload touches nothing a visitor sees and the next run of the same build resumes
 * where it stopped. A file with the same bytes as in the live release is linked on the server
 * (SFTP with OpenSSH's hardlink extension), not sent again. Then the switch:
 * - SFTP: a new link replaces <served> in one rename (posix-rename): old site or new, never a mix;
 *   the very first switch turns a host's real folder into the link (two renames, see `switchTo`);
 * - FTP: two renames (<served> → rilis/<old>, rilis/<new> → <served>); between them (one round trip
 *   to the server) <served> does not exist and a visitor gets the server's "not found".
 * KEEP releases stay (the live one and the ones before it); `--kembali` switches to the previous.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { sha256Hex } from '../evidence/facts.ts';
import { contentDigest } from './build-record.ts';
import { folderMaker, listTree, removeTree, type Remote } from './remote.ts';
import { PublishError } from './target.ts';

export const KEEP = 3;

export interface LocalFile {
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  id: string;
  files: Record<string, [size: number, sha256: string]>;
}

export interface Status {
  tayang: string | null;
  /** Releases that went live, oldest first (the last one is live). */
  riwayat: string[];
  /** A switch under way (FTP): finished by the next run. */
  berpindah?: { dari: string | null; ke: string };
}

export interface Layout {
  served: string;
  state: string;
  releases: string;
  status: string;
}

export function layout(served: string): Layout {
  const state = `${served}-terbitkan`;
  return { served, state, releases: `${state}/rilis`, status: `${state}/status.json` };
}

/** Every file of the build folder with its size and digest, sorted by path. */
export function readBuild(dir: string): Manifest {
  const files: LocalFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: relative(dir, full).split(sep).join('/'), size: statSync(full).size, sha256: sha256Hex(readFileSync(full)) });
    }
  };
  walk(dir);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // the digest of the file list, as the build record's: the same folder is the same release
  const id = contentDigest(Object.fromEntries(files.map((f) => [f.path, f.sha256]))).slice(0, 16);
  return { id, files: Object.fromEntries(files.map((f) => [f.path, [f.size, f.sha256]])) };
}

export async function readStatus(remote: Remote, paths: Layout): Promise<Status> {
  const text = await remote.readText(paths.status);
  return text ? (JSON.parse(text) as Status) : { tayang: null, riwayat: [] };
}

async function writeStatus(remote: Remote, paths: Layout, status: Status): Promise<void> {
  // written beside and renamed, so a cut connection never leaves half a status file
  await remote.writeText(`${paths.status}.baru`, `${JSON.stringify(status, null, 1)}\n`);
  if (remote.can.replacingRename) await remote.rename(`${paths.status}.baru`, paths.status);
  else {
    if (await remote.kind(paths.status)) await remote.removeFile(paths.status);
    await remote.rename(`${paths.status}.baru`, paths.status);
  }
}

export interface UploadReport {
  sent: number;
  sentBytes: number;
  linked: number;
  resumed: number;
}

export interface Progress {
  start(files: number, bytes: number): void;
  advance(files: number, bytes: number): void;
  done(): void;
}

/** True when the served folder is a link switched in one rename (SFTP on OpenSSH), false for the two-rename folder switch. */
export const switchesByLink = (remote: Remote) => remote.can.symlink && remote.can.replacingRename;

/** Where the files of a live release are: its folder (link switch) or the served folder itself. */
export const liveFolder = (remote: Remote, paths: Layout, id: string) => (switchesByLink(remote) ? `${paths.releases}/${id}` : paths.served);

/** Uploads the build in `dir` as release `manifest.id` (resuming a partial one). */
export async function uploadRelease(remote: Remote, paths: Layout, dir: string, manifest: Manifest, status: Status, progress: Progress): Promise<UploadReport> {
  const target = `${paths.releases}/${manifest.id}`;
  const mkdirs = folderMaker(remote);
  await mkdirs(target);
  // A sub-path install puts the state folder inside the host's web root: Apache keeps it private.
  if (!(await remote.kind(`${paths.state}/.htaccess`))) await remote.writeText(`${paths.state}/.htaccess`, 'Require all denied\n');
  const present = await listTree(remote, target);
  const live = status.tayang ? await readManifest(remote, paths, status.tayang) : undefined;
  const entries = Object.entries(manifest.files);
  const report: UploadReport = { sent: 0, sentBytes: 0, linked: 0, resumed: 0 };
  progress.start(entries.length, entries.reduce((sum, [, [size]]) => sum + size, 0));
  const one = async ([path, [size, sha]]: [string, [number, string]]) => {
    const destination = `${target}/${path}`;
    await mkdirs(posix.dirname(destination));
    if (present.get(path) === size) {
      report.resumed++;
      progress.advance(1, size);
      return;
    }
    if (present.has(path)) await remote.removeFile(destination);
    const same = live?.files[path];
    if (remote.can.hardlink && status.tayang && same && same[1] === sha) {
      try {
        await remote.hardlink(`${liveFolder(remote, paths, status.tayang)}/${path}`, destination);
        report.linked++;
        progress.advance(1, size);
        return;
      } catch {
        // the live file is gone or the server refuses: send it
      }
    }
    const part = `${destination}.part`;
    await remote.upload(join(dir, path), part, (bytes) => progress.advance(0, bytes));
    await remote.rename(part, destination);
    report.sent++;
    report.sentBytes += size;
    progress.advance(1, 0);
  };
  // a few files in flight at once where the protocol allows it (SFTP): each costs round trips, not bandwidth
  const queue = [...entries];
  await Promise.all(Array.from({ length: remote.parallel }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await one(next);
  }));
  // the file list marks the folder complete: only a complete release is ever switched to
  await remote.writeText(`${paths.releases}/${manifest.id}.json`, `${JSON.stringify(manifest)}\n`);
  progress.done();
  return report;
}

export async function readManifest(remote: Remote, paths: Layout, id: string): Promise<Manifest | undefined> {
  const text = await remote.readText(`${paths.releases}/${id}.json`);
  return text ? (JSON.parse(text) as Manifest) : undefined;
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

export interface SwitchReport {
  /** What a visitor could see during the switch, in Indonesian (empty when the switch was one step). */
  gap?: string;
}

/** Makes release `id` the live one. */
export async function switchTo(remote: Remote, paths: Layout, status: Status, id: string): Promise<SwitchReport> {
  if (!(await readManifest(remote, paths, id))) throw new PublishError(`Rilis ${id} tidak lengkap di server; tidak dipindahkan.`);
  const current = await remote.kind(paths.served);
  const report: SwitchReport = {};
  if (switchesByLink(remote)) {
    const link = `${paths.served}.baru`;
    if (await remote.kind(link)) await remote.removeFile(link);
    await remote.symlink(`${posix.basename(paths.state)}/rilis/${id}`, link);
    if (current === 'dir') {
      // the host's own folder: kept beside, then the link takes its place
      await remote.rename(paths.served, `${paths.state}/asli-${stamp()}`);
      report.gap = `Folder ${paths.served} semula adalah folder biasa: folder itu disimpan sebagai ${paths.state}/asli-…, lalu diganti tautan ke rilis. Di antara kedua langkah (satu kali bolak-balik ke server, sepersekian detik) pengunjung bisa mendapat "tidak ditemukan". Terbitan berikutnya berpindah dalam satu langkah.`;
    }
    await remote.rename(link, paths.served);
  } else {
    status.berpindah = { dari: status.tayang, ke: id };
    await writeStatus(remote, paths, status);
    await finishFolderSwitch(remote, paths, status, current);
    report.gap = `Server ini tidak mendukung tautan, jadi perpindahan dua langkah: ${paths.served} dipindah ke folder rilis, lalu rilis baru dipindah ke ${paths.served}. Di antara keduanya (satu kali bolak-balik ke server, sepersekian detik) pengunjung bisa mendapat "tidak ditemukan"; tidak pernah campuran halaman lama dan baru.`;
  }
  const riwayat = status.riwayat.filter((entry) => entry !== id);
  Object.assign(status, { tayang: id, riwayat: [...riwayat, id] });
  delete status.berpindah;
  await writeStatus(remote, paths, status);
  return report;
}

/** The two renames of a folder switch; safe to run again after an interruption. */
async function finishFolderSwitch(remote: Remote, paths: Layout, status: Status, current: Awaited<ReturnType<Remote['kind']>>): Promise<void> {
  const { dari, ke } = status.berpindah!;
  if (current === 'dir' && (await remote.kind(`${paths.releases}/${ke}`)) === 'dir') {
    await remote.rename(paths.served, dari ? `${paths.releases}/${dari}` : `${paths.state}/asli-${stamp()}`);
  }
  if ((await remote.kind(`${paths.releases}/${ke}`)) === 'dir') await remote.rename(`${paths.releases}/${ke}`, paths.served);
}

/** Finishes a folder switch an earlier run left half done (FTP). */
export async function recover(remote: Remote, paths: Layout, status: Status): Promise<boolean> {
  if (!status.berpindah) return false;
  await finishFolderSwitch(remote, paths, status, await remote.kind(paths.served));
  status.tayang = status.berpindah.ke;
  status.riwayat = [...status.riwayat.filter((entry) => entry !== status.tayang), status.tayang];
  delete status.berpindah;
  await writeStatus(remote, paths, status);
  return true;
}

/** Removes releases beyond the KEEP newest that went live (never the live one, never `asli-*`), and unfinished ones of other builds. */
export async function prune(remote: Remote, paths: Layout, status: Status, keepAlso: string): Promise<string[]> {
  const keep = new Set([...status.riwayat.slice(-KEEP), keepAlso, ...(status.tayang ? [status.tayang] : [])]);
  status.riwayat = status.riwayat.slice(-KEEP);
  const removed: string[] = [];
  for (const entry of await remote.list(paths.releases)) {
    const id = entry.name.replace(/\.json$/, '');
    if (keep.has(id)) continue;
    if (entry.type === 'dir') await removeTree(remote, `${paths.releases}/${entry.name}`);
    else await remote.removeFile(`${paths.releases}/${entry.name}`);
    if (entry.type === 'dir') removed.push(id);
  }
  await writeStatus(remote, paths, status);
  return removed;
}

/** The release before the live one, for `--kembali`. */
export function previousRelease(status: Status): string | undefined {
  return status.riwayat.length >= 2 ? status.riwayat.at(-2) : undefined;
}
