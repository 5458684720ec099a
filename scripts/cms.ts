// `npm run cms`: the browser editor on this computer, one command. Starts the local backend
// (decap-server in git mode behind a gate that refuses any path outside content/: every save is a
// commit in this repository) and the preview server on 127.0.0.1, then prints the address of
// /admin/. Stop both with Ctrl+C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { LOCAL_PROXY_PORT } from '../src/lib/cms/backend.ts';
import { freeLoopbackPort, startLocalProxy } from '../src/lib/cms/local-proxy.ts';

const root = path.resolve(import.meta.dirname, '..');

const proxy = await startLocalProxy(root, await freeLoopbackPort(LOCAL_PROXY_PORT));
const preview = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], { cwd: root, stdio: 'inherit' });
const query = proxy.port === LOCAL_PROXY_PORT ? '' : `?proxy=${proxy.port}`;
console.log(`\nPenyunting isi: buka http://127.0.0.1:4321/admin/${query} di browser (tekan "Masuk").`);
console.log('Setiap "Terbitkan" menjadi satu commit di komputer ini: tersimpan, belum tayang. Situs publik berubah setelah administrator mengirimnya (git push) dan pemeriksaan lolos.\n');

const stop = () => {
  preview.kill();
  void proxy.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
preview.on('exit', stop);
