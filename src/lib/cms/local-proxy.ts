/**
 * The local backend of `npm run cms`: decap-server (git mode: each save is a commit in the
 * repository) on a private loopback port, behind a gate on the port the editor talks to. The gate
 * forwards a request only when every path it names is inside content/ (local-guard.ts); anything
 * else gets 403 and an Indonesian reason, and never reaches decap-server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { CONTENT_FOLDER, refusedPaths } from './local-guard.ts';
import { problemsOfSave, type SavedFile } from './save-check.ts';
import { refusalText } from './form-words.ts';
import { stringify } from 'yaml';
import { CHECK_ACTION } from './backend.ts';

/** An upload of 25 MB is ± 34 MB in base64, inside JSON: anything far above is refused unread. */
const MAX_BODY = 40 * 1024 * 1024;

export async function freeLoopbackPort(from = 0): Promise<number> {
  for (let port = from; port < (from ? from + 20 : 1); port++) {
    const got = await new Promise<number | undefined>((resolve) => {
      const probe = createNetServer().once('error', () => resolve(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const { port: bound } = probe.address() as { port: number };
        probe.close(() => resolve(bound));
      });
    });
    if (got) return got;
  }
  throw new Error(`Tidak ada port bebas antara ${from} dan ${from + 19} untuk penghubung CMS.`);
}

function startDecapServer(repo: string, port: number): Promise<ChildProcess> {
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server berhenti (${code}): ${output}`)));
  });
}

const CHECK_FAILED = 'Belum disimpan: pemeriksaan isi gagal berjalan. Coba simpan lagi.';

const json = (status: number, body: unknown) => ({ status, text: JSON.stringify(body) });

interface SaveParams {
  entry?: { path: string; newPath?: string; raw: string };
  dataFiles?: { path: string; newPath?: string; raw: string }[];
  assets?: { path: string; content: string; encoding?: string }[];
  asset?: { path: string; content: string; encoding?: string };
}

/** The files a decap-server request would write (entries and uploads), none for a read or a delete. */
export function filesOfRequest(body: unknown): SavedFile[] {
  const { action, params = {} } = (body ?? {}) as { action?: string; params?: SaveParams };
  if (action !== 'persistEntry' && action !== 'persistMedia') return [];
  const entries = [...(params.entry ? [params.entry] : []), ...(params.dataFiles ?? [])];
  const assets = [...(params.assets ?? []), ...(params.asset ? [params.asset] : [])];
  return [
    ...entries.map((entry) => ({ path: entry.newPath ?? entry.path, content: Buffer.from(entry.raw, 'utf8') })),
    ...assets.map((asset) => ({ path: asset.path, content: Buffer.from(asset.content, asset.encoding === 'base64' ? 'base64' : 'utf8') })),
  ];
}


interface CheckParams {
  path: string;
  format: 'frontmatter' | 'yaml';
  data: Record<string, unknown>;
  body?: string;
  assets?: { path: string; content: string }[];
}

/** The files an entry would become, from the form's data (the same fields and body Decap writes). */
export function filesOfCheck({ path, format, data, body = '', assets = [] }: CheckParams): SavedFile[] {
  const yaml = stringify(data);
  const text = format === 'frontmatter' ? `---\n${yaml}---\n\n${body}\n` : yaml;
  return [{ path, content: Buffer.from(text, 'utf8') }, ...assets.map((asset) => ({ path: asset.path, content: Buffer.from(asset.content, 'base64') }))];
}

/** The refusal for a save the content check rejects, in the form's words; undefined when it passes. */
export async function refusalOfSave(repo: string, files: readonly SavedFile[]): Promise<string | undefined> {
  const problems = await problemsOfSave(repo, files);
  if (!problems.length) return undefined;
  return refusalText(problems.map((problem) => ({ problem, path: problem.file })));
}

/** The gate: refuses a request that names a path outside content/, forwards the rest to `target`. */
export function startGate(port: number, target: string, repo: string): Promise<Server> {
  const server = createServer((request, response) => {
    const send = ({ status, text }: { status: number; text: string }) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
      response.end(text);
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' });
      response.end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        send(json(413, { error: 'Berkas terlalu besar: paling besar 25 MB.' }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', async () => {
      if (size > MAX_BODY) return;
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return send(json(400, { error: 'Permintaan tidak dapat dibaca.' }));
      }
      const refused = refusedPaths(body);
      if (refused.length) {
        return send(json(403, { error: `Penyunting hanya boleh mengubah isi di folder ${CONTENT_FOLDER}/. Ditolak: ${refused.join(', ')}` }));
      }
      const { action, params } = body as { action?: string; params?: CheckParams };
      if (action === CHECK_ACTION) {
        const refusal = params?.path ? await refusalOfSave(repo, filesOfCheck(params)).catch(() => CHECK_FAILED) : undefined;
        return send(json(200, { refusal: refusal ?? null }));
      }
      // a save the content check refuses never reaches decap-server: no file, no commit
      const refusal = await refusalOfSave(repo, filesOfRequest(body)).catch(() => CHECK_FAILED);
      if (refusal) return send(json(422, { error: refusal }));
      try {
        const answer = await fetch(`${target}${request.url ?? '/api/v1'}`, { method: request.method, headers: { 'content-type': 'application/json' }, body: raw });
        send({ status: answer.status, text: await answer.text() });
      } catch {
        send(json(502, { error: 'Penghubung CMS tidak menjawab.' }));
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export interface LocalProxy {
  /** Port of the gate: the one the editor is pointed at (`/admin/?proxy=<port>`). */
  port: number;
  close(): Promise<void>;
}

/** decap-server over `repo` plus its gate on `port` (0: any free port). */
export async function startLocalProxy(repo: string, port = 0): Promise<LocalProxy> {
  const inner = await freeLoopbackPort();
  const decap = await startDecapServer(repo, inner);
  const gate = await startGate(port, `http://127.0.0.1:${inner}`, repo).catch((error: unknown) => {
    decap.kill();
    throw error;
  });
  return {
    port: (gate.address() as { port: number }).port,
    close: () =>
      new Promise((resolve) => {
        decap.kill();
        gate.closeAllConnections();
        gate.close(() => resolve());
      }),
  };
}
