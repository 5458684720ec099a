// `npm run cms`: the browser editor on this computer, one command. Starts the local proxy
// (decap-server, git mode: every save is a commit in this repository) on 127.0.0.1 and the preview
// server, then prints the address of /admin/. Stop both with Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { LOCAL_PROXY_PORT } from '../src/lib/cms/backend.ts';

const root = path.resolve(import.meta.dirname, '..');

/** 8081 (decap-server's usual port) when free, else the next free one. */
async function proxyPort(from = LOCAL_PROXY_PORT): Promise<number> {
  for (let port = from; port < from + 20; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`Tidak ada port bebas antara ${from} dan ${from + 19} untuk penghubung CMS.`);
}

const port = await proxyPort();
const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'git', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' }),
];
const query = port === LOCAL_PROXY_PORT ? '' : `?proxy=${port}`;
console.log(`\nPenyunting isi: buka http://127.0.0.1:4321/admin/${query} di browser (tekan "Masuk").`);
console.log('Setiap "Terbitkan" menjadi satu commit di repositori ini; situs publik berubah setelah administrator mengirimnya (git push) dan CI lolos.\n');

const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
