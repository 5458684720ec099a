/**
 * Starts Decap CMS on /admin/ (the only page that loads it). The bundle is self-hosted next to this
 * page (see src/pages/admin/[asset].ts); this module registers the Indonesian interface, and before
 * every save: removes empty optional values (the schemas reject `team: ""`), writes the body's
 * `{ } <` escaped (src/lib/cms/escape-body.ts), and in local mode asks the local backend whether the
 * content check would refuse the entry: a refused entry is not saved, and the problems stay listed
 * below the form until the next save. The local proxy may run on another loopback port
 * (`/admin/?proxy=8082`) when 8081 is taken.
 */
import { decapLocaleId } from '../lib/cms/locale-id.ts';
import { escapeBody } from '../lib/cms/escape-body.ts';
import { newEntryPath, type FolderCollection } from '../lib/cms/entry-path.ts';
import { CHECK_ACTION } from '../lib/cms/backend.ts';
import { DATE_WIDGET } from '../lib/cms/widgets.ts';
import { dateControl } from './cms-date-widget.ts';
import { entryStatus, isBuildRecord, publicPath } from '../lib/cms/entry-status.ts';
import { watchLeftovers } from './cms-leftovers.ts';
// the site's own stylesheet, as the build emits it (same origin, allowed by style-src 'self'): the
// preview pane shows an entry in the site's type and colours instead of the browser's defaults
import previewStyle from '../styles/global.css?url';

interface ImmutableLike {
  size: number;
  map(fn: (value: unknown) => unknown): ImmutableLike;
  filter(fn: (value: unknown) => boolean): ImmutableLike;
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableLike;
  toJS(): unknown;
}

interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerWidget(name: string, control: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => unknown }): void;
  init(options: { config: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

interface CollectionConfig extends FolderCollection {
  name: string;
  format?: string;
  /** '': uploads are stored beside the entry (in its own folder). */
  media_folder?: string;
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

/** An error whose text is only the message (Decap shows `String(error)` in its notice). */
function notice(message: string): Error {
  const error = new Error(message);
  error.name = '';
  return error;
}

const PANEL_ID = 'pzi-penolakan';
/** Decap's own notice after "Gagal menyimpan:"; the list itself is in the panel. */
const REFUSED_NOTICE = 'periksa daftar di bagian bawah layar, perbaiki, lalu simpan lagi.';

/** The refused save's problems, listed at the foot of the window until closed or the next save. */
function showProblems(text: string | undefined): void {
  document.getElementById(PANEL_ID)?.remove();
  if (!text) return;
  const [head, ...lines] = text.split('\n');
  const panel = document.createElement('aside');
  panel.id = PANEL_ID;
  panel.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'pzi-penolakan-judul';
  title.textContent = head ?? '';
  const list = document.createElement('ol');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line.replace(/^\d+\.\s*/, '');
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Tutup';
  close.addEventListener('click', () => panel.remove());
  panel.append(title, list, close);
  document.body.append(panel);
}

const STATUS_ID = 'pzi-status';

/** The site's own address: /admin/ sits directly under it. */
const siteBase = () => location.pathname.replace(/admin\/.*$/, '');

/** The build record of the site this editor is served from, if it has one. */
async function buildRecord(): Promise<unknown> {
  try {
    const response = await fetch(`${siteBase()}data/versi.json`, { cache: 'no-store' });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** After a save: where the entry stands, and a link to its public page. Shown until the next save. */
async function showStatus(local: boolean, contentPath: string | undefined): Promise<void> {
  document.getElementById(STATUS_ID)?.remove();
  if (!contentPath) return;
  const record = local ? undefined : await buildRecord();
  // a change saved just now is not on the site yet: its bytes cannot be in the record
  const status = entryStatus({ local, record: isBuildRecord(record) ? record : undefined, path: contentPath });
  const bar = document.createElement('aside');
  bar.id = STATUS_ID;
  bar.setAttribute('role', 'status');
  bar.dataset.state = status.state;
  const text = document.createElement('span');
  text.textContent = status.text;
  bar.append(text);
  const page = publicPath(contentPath);
  if (page !== undefined) {
    const link = document.createElement('a');
    link.href = `${siteBase()}${page}`;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = local ? 'Lihat di pratinjau' : 'Lihat di situs';
    bar.append(' ', link);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Tutup';
  close.addEventListener('click', () => bar.remove());
  bar.append(' ', close);
  document.body.append(bar);
}

async function base64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Uploads chosen in this entry and not saved yet (they are written with it). Where uploads sit beside
 * the entry, they go into the folder of `entryPath`: before the first save Decap's draft does not know
 * the entry's own folder yet (a survey's folder is named after its title), and moves them there on save.
 */
async function draftAssets(entry: ImmutableLike, collection: CollectionConfig, entryPath: string): Promise<{ path: string; content: string }[]> {
  const media = entry.get('mediaFiles');
  if (!isCollection(media)) return [];
  const files = (media.toJS() as { path?: string; file?: Blob; draft?: boolean }[]).filter((item) => item.path && item.file);
  const folder = entryPath.slice(0, entryPath.lastIndexOf('/') + 1);
  const where = (path: string) => (collection.media_folder === '' ? folder + path.slice(path.lastIndexOf('/') + 1) : path.replace(/^\/+/, ''));
  return Promise.all(files.map(async (item) => ({ path: where(item.path!), content: await base64(item.file!) })));
}

/** Asks the local backend's gate whether the content check refuses this entry; its refusal text, if any. */
async function refusalOf(proxyUrl: string, collection: CollectionConfig, entry: ImmutableLike, data: ImmutableLike): Promise<string | undefined> {
  const plain = data.toJS() as Record<string, unknown>;
  const { body, ...fields } = plain;
  const existing = entry.get('newRecord') ? undefined : (entry.get('path') as string | undefined);
  const path = existing || newEntryPath(collection, fields);
  if (!path) return undefined;
  const format = collection.format === 'frontmatter' || collection.extension === 'mdx' ? 'frontmatter' : 'yaml';
  const response = await fetch(proxyUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: CHECK_ACTION, params: { path, format, data: fields, body: typeof body === 'string' ? body : '', assets: await draftAssets(entry, collection, path) } }),
  });
  if (!response.ok) return undefined; // the gate checks the save itself again
  return ((await response.json()) as { refusal?: string | null }).refusal ?? undefined;
}

async function start(): Promise<void> {
  const cms = window.CMS;
  if (!cms) return;
  const response = await fetch(root?.dataset.config ?? 'config.json', { credentials: 'same-origin' });
  const loaded = (await response.json()) as Record<string, unknown>;
  const config: Record<string, unknown> = { ...loaded, ...localProxy(loaded), load_config_file: false };
  const backend = config.backend as { name?: string; proxy_url?: string } | undefined;
  const proxyUrl = backend?.name === 'proxy' ? backend.proxy_url : undefined;
  const collections = new Map((config.collections as CollectionConfig[]).map((collection) => [collection.name, collection]));

  cms.registerLocale('id', decapLocaleId);
  cms.registerWidget(DATE_WIDGET, dateControl());
  // absolute: the preview is an iframe, whose relative URLs would not resolve against /admin/
  cms.registerPreviewStyle(new URL(previewStyle, location.href).href);
  // the site's pages put their text in a padded column of readable width; the preview's body is that column
  cms.registerPreviewStyle('body { padding: var(--space-l) var(--space-xl); max-width: var(--measure); }', { raw: true });
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const data = entry.get('data') as ImmutableLike;
      const body = data.get('body');
      let cleaned = withoutEmpty(data) as ImmutableLike;
      // the body of a note stays even when empty: the file format needs it
      if (typeof body === 'string') cleaned = cleaned.set('body', escapeBody(body));
      const collection = collections.get(String(entry.get('collection')));
      if (proxyUrl && collection) {
        const refusal = await refusalOf(proxyUrl, collection, entry, cleaned);
        showProblems(refusal);
        if (refusal) throw notice(REFUSED_NOTICE);
      }
      return cleaned;
    },
  });
  cms.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const collection = collections.get(String(entry.get('collection')));
      const saved = (entry.get('path') as string | undefined) || (collection ? newEntryPath(collection, (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>) : undefined);
      void showStatus(Boolean(proxyUrl), saved?.replace(/^content\//, ''));
    },
  });
  cms.init({ config });
}

window.CMS_MANUAL_INIT = true;
watchLeftovers();
const root = document.getElementById('pzi-cms');
const script = document.createElement('script');
script.src = root?.dataset.bundle ?? 'decap-cms.js';
script.addEventListener('load', () => void start());
document.head.append(script);
