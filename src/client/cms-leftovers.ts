/**
 * Words Decap's bundle writes without asking the locale (its select menu's "No options" and the
 * screen-reader announcements of that menu, the media library's "Copy" buttons), said in
 * Indonesian as they appear. And the file picker of an entry shows only uploads: the YAML and MDX
 * files of other entries in the same folder are hidden there, so one entry's form can neither pick
 * nor delete another record.
 */
const EXACT: Record<string, string> = {
  'No options': 'Tidak ada yang cocok',
  Copy: 'Salin',
  'Copy Path': 'Salin alamat',
  'Copy Name': 'Salin nama',
  'Copied!': 'Tersalin',
  'Loading configuration...': 'Memuat pengaturan…',
  'Loading...': 'Memuat…',
};

const PATTERNS: [RegExp, string][] = [
  [/(\d+) results? available for search term ([^.]*)\./g, '$1 pilihan cocok dengan "$2".'],
  [/(\d+) results? available\./g, '$1 pilihan tersedia.'],
  [/Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu\./g, ' Panah atas dan bawah untuk memilih, Enter untuk memakai, Escape untuk menutup.'],
  [/option ([^,]*), selected\./g, 'pilihan $1 dipakai.'],
  [/option ([^,]*) focused, (\d+) of (\d+)\./g, 'pilihan $1, $2 dari $3.'],
];

/** Another entry's data file: never a thing to pick as an upload. */
const DATA_FILE = /\.(?:ya?ml|mdx?|json)$/i;

export function translated(text: string): string {
  const trimmed = text.trim();
  if (EXACT[trimmed]) return text.replace(trimmed, EXACT[trimmed]);
  return PATTERNS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

function ancestorNamed(from: Element | null, name: RegExp): HTMLElement | undefined {
  for (let element = from; element; element = element.parentElement) {
    if ([...element.classList].some((token) => name.test(token))) return element as HTMLElement;
  }
  return undefined;
}

function fixText(node: Text): void {
  const next = translated(node.data);
  if (next !== node.data) node.data = next;
  // a media library card named like a data file (emotion class names end in the component's name)
  if (DATA_FILE.test(node.data.trim())) {
    const card = ancestorNamed(node.parentElement, /-Card$/);
    if (card && ancestorNamed(card, /-CardGrid(?:Container)?$/)) card.style.display = 'none';
  }
}

function walk(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) return fixText(root as Text);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) fixText(node as Text);
}

export function watchLeftovers(root: HTMLElement = document.body): void {
  walk(root);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') fixText(mutation.target as Text);
      else mutation.addedNodes.forEach(walk);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
