/**
 * The only script on every page (keep it tiny, ≤ 5 KB gzip):
 * - <pzi-search>: the header search form; pagefind's JS is imported the first time the visitor
 *   types or focuses the box, so nothing of the index loads before someone searches.
 * - <pzi-search-results> on /cari/: runs `?q=` with pagefind's JS API and lists results.
 * - "Salin tautan" share links copy the page address instead of navigating.
 * Without JavaScript the form still submits to /cari/, which lists every page.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; tanggal?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;
/** Site root with trailing slash, read from the header form. */
const siteBase = () => document.querySelector<HTMLFormElement>('pzi-search form')?.dataset.base ?? '/';

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = siteBase();
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    return pagefind;
  })();
  return loading;
}

class SearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const warm = () =>
      void loadPagefind()
        .then((p) => {
          if (input?.value) return p.preload(input.value);
        })
        .catch(() => {});
    input?.addEventListener('input', warm);
    input?.addEventListener('focus', warm, { once: true });
  }
}

class SearchResults extends HTMLElement {
  async connectedCallback() {
    const query = new URLSearchParams(location.search).get('q')?.trim();
    if (!query) return;
    const box = document.querySelector<HTMLInputElement>('#cari-halaman');
    if (box) box.value = query;
    const status = this.querySelector('[role=status]')!;
    const list = this.querySelector('ol')!;
    status.textContent = this.dataset.loading!;
    try {
      const pagefind = await loadPagefind();
      const found = (await pagefind.search(query))?.results ?? [];
      const items = await Promise.all(found.slice(0, 30).map((r) => r.data()));
      list.replaceChildren(
        ...items.map((item) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = item.url;
          a.textContent = item.meta.title ?? item.url;
          const p = document.createElement('p');
          p.innerHTML = item.excerpt; // pagefind escapes the text and only adds <mark>
          li.append(a, p);
          return li;
        }),
      );
      status.textContent = (found.length ? this.dataset.results! : this.dataset.none!)
        .replace('{count}', String(found.length))
        .replace('{query}', query);
    } catch {
      status.textContent = this.dataset.failed!;
    }
  }
}

customElements.define('pzi-search', SearchBox);
customElements.define('pzi-search-results', SearchResults);

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-copy]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  void navigator.clipboard.writeText(link.href).then(() => {
    link.textContent = link.dataset.copied ?? link.textContent;
  });
});
