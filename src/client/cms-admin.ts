/**
 * Starts Decap CMS on /admin/ (the only page that loads it). The bundle is self-hosted next to this
 * page (see src/pages/admin/[asset].ts); this module registers the Indonesian interface, removes
 * empty optional values before a file is written (the schemas reject `team: ""`), and lets the
 * local proxy run on another loopback port (`/admin/?proxy=8082`) when 8081 is taken.
 */
import { decapLocaleId } from '../lib/cms/locale-id.ts';

interface ImmutableLike {
  size: number;
  map(fn: (value: unknown) => unknown): ImmutableLike;
  filter(fn: (value: unknown) => boolean): ImmutableLike;
  keySeq?: () => unknown;
}

interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: { get(key: string): ImmutableLike } }) => unknown }): void;
  init(options: { config: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

const isCollection = (value: unknown): value is ImmutableLike =>
  typeof value === 'object' && value !== null && typeof (value as ImmutableLike).filter === 'function' && typeof (value as ImmutableLike).size === 'number';

const isEmpty = (value: unknown): boolean => value === '' || value === null || value === undefined || (isCollection(value) && value.size === 0);

/** Drops empty strings, empty lists and objects left empty, at every depth: "not filled in" is an absent field. */
function withoutEmpty(value: unknown): unknown {
  if (!isCollection(value)) return value;
  return value.map(withoutEmpty).filter((child) => !isEmpty(child));
}

/** `?proxy=8082`: the local proxy on another loopback port. Digits only, loopback only. */
function localProxy(config: Record<string, unknown>): Record<string, unknown> {
  const port = new URLSearchParams(location.search).get('proxy');
  if (!port || !/^\d{2,5}$/.test(port)) return {};
  const url = `http://127.0.0.1:${port}/api/v1`;
  const backend = config.backend as Record<string, unknown> | undefined;
  // without a Git host the backend itself is the proxy: point it at the same port (media requests use it)
  return {
    local_backend: { url, allowed_hosts: ['localhost', '127.0.0.1'] },
    ...(backend?.name === 'proxy' ? { backend: { ...backend, proxy_url: url } } : {}),
  };
}

async function start(): Promise<void> {
  const cms = window.CMS;
  if (!cms) return;
  cms.registerLocale('id', decapLocaleId);
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data');
      const body = (data as unknown as { get(key: string): unknown }).get('body');
      const cleaned = withoutEmpty(data) as { set?(key: string, value: unknown): unknown };
      // the body of a note stays even when empty: the file format needs it
      return body === undefined || !cleaned.set ? cleaned : cleaned.set('body', body);
    },
  });
  const response = await fetch(root?.dataset.config ?? 'config.json', { credentials: 'same-origin' });
  const config = (await response.json()) as Record<string, unknown>;
  cms.init({ config: { ...config, ...localProxy(config), load_config_file: false } });
}

window.CMS_MANUAL_INIT = true;
const root = document.getElementById('pzi-cms');
const script = document.createElement('script');
script.src = root?.dataset.bundle ?? 'decap-cms.js';
script.addEventListener('load', () => void start());
document.head.append(script);
