import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostKeyMessage, verifyHostKey } from '../../src/lib/publish/known-hosts.ts';
import { parseTarget, PublishError, readSettings } from '../../src/lib/publish/target.ts';

describe('terbitkan settings', () => {
  it('reads sftp:// and ftps:// targets, with default ports', () => {
    expect(parseTarget('sftp://kpu@server.example.go.id/home/kpu/public_html/', false)).toMatchObject({ protocol: 'sftp', host: 'server.example.go.id', port: 22, user: 'kpu', path: '/home/kpu/public_html' });
    expect(parseTarget('ftps://kpu@server:2121/public_html', false)).toMatchObject({ protocol: 'ftps', port: 2121, path: '/public_html' });
  });

  it('refuses a password in the address, plain ftp without the flag, no user, no folder, other protocols', () => {
    expect(() => parseTarget('sftp://kpu:rahasia@server/public_html', false)).toThrow(/berisi sandi.*PZI_TERBIT_SANDI/);
    expect(() => parseTarget('ftp://kpu@server/public_html', false)).toThrow(/tanpa enkripsi.*--ftp-tanpa-enkripsi/);
    expect(parseTarget('ftp://kpu@server/public_html', true).protocol).toBe('ftp');
    expect(() => parseTarget('sftp://server/public_html', false)).toThrow(/nama pengguna/);
    expect(() => parseTarget('sftp://kpu@server/', false)).toThrow(/folder tujuan/);
    expect(() => parseTarget('https://kpu@server/x', false)).toThrow(/tidak didukung/);
    expect(() => parseTarget('public_html', false)).toThrow(PublishError);
  });

  it('takes secrets only from the environment; the settings file may hold only tujuan and alamat; the environment wins', () => {
    const root = mkdtempSync(join(tmpdir(), 'pzi-terbit-'));
    const options = { root, contentRoot: join(root, 'isi'), allowPlainFtp: false };
    writeFileSync(join(root, 'terbitkan.yaml'), 'tujuan: sftp://kpu@server/public_html\nalamat: https://zi.example.go.id\n');
    const fromFile = readSettings({ PZI_TERBIT_SANDI: 's' }, options);
    expect(fromFile.target.label).toBe('sftp://kpu@server/public_html');
    expect(fromFile.address).toBe('https://zi.example.go.id/');
    expect(readSettings({ PZI_TERBIT_SANDI: 's', PZI_TERBIT_TUJUAN: 'ftps://lain@host/www' }, options).target.host).toBe('host');
    expect(() => readSettings({}, options)).toThrow(/kunci atau sandi/);
    writeFileSync(join(root, 'terbitkan.yaml'), 'tujuan: sftp://kpu@server/public_html\nsandi: rahasia\n');
    expect(() => readSettings({ PZI_TERBIT_SANDI: 's' }, options)).toThrow(/"sandi" tidak dikenal/);
  });
});

describe('known_hosts', () => {
  const key = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), randomBytes(36)]);
  const other = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), randomBytes(36)]);
  const line = (names: string, k = key) => `${names} ssh-ed25519 ${k.toString('base64')}`;

  it('accepts the recorded key, plain or hashed, with [host]:port for another port', () => {
    expect(verifyHostKey(line('server.example'), 'server.example', 22, key)).toEqual({ ok: true });
    expect(verifyHostKey(line('[127.0.0.1]:2222'), '127.0.0.1', 2222, key)).toEqual({ ok: true });
    const salt = randomBytes(20);
    const hashed = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update('server.example').digest('base64')}`;
    expect(verifyHostKey(line(hashed), 'server.example', 22, key)).toEqual({ ok: true });
  });

  it('tells an unknown server from a changed key and a revoked one', () => {
    expect(verifyHostKey(line('lain.example'), 'server.example', 22, key)).toEqual({ ok: false, reason: 'unknown' });
    expect(verifyHostKey(line('server.example'), 'server.example', 2222, key)).toEqual({ ok: false, reason: 'unknown' });
    expect(verifyHostKey(line('server.example', other), 'server.example', 22, key)).toEqual({ ok: false, reason: 'changed' });
    expect(verifyHostKey(`@revoked ${line('server.example')}`, 'server.example', 22, key)).toEqual({ ok: false, reason: 'revoked' });
    expect(hostKeyMessage({ ok: false, reason: 'changed' }, 'kh', 'server.example', 22, key)).toMatch(/BERBEDA.*SHA256:/s);
  });
});
