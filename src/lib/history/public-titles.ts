import { parse } from 'yaml';
import type { ContentKind } from './content-items.ts';

/**
 * The title an item had on the site in one version of its file, read from that version's text (a git
 * blob), so the change log names an item as the public saw it, removed items included, and never by
 * its file name. A version that cannot be read or has no title never built a page: it has none. Pure.
 */

export interface PublicVersion {
  title: string;
  /** An evidence item's file name, as its YAML named it in this version. */
  file?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** What one version of an item's main file published, or undefined when it could not have built a page. */
export function publicVersion(kind: ContentKind, id: string, source: string): PublicVersion | undefined {
  let data: Record<string, unknown>;
  try {
    const yaml = kind === 'catatan' || kind === 'komponen' || kind === 'panduan' || kind === 'survei' ? FRONTMATTER.exec(source)?.[1] : source;
    if (yaml === undefined) return undefined;
    // at most as many aliases as the content check allows: a history blob is read as carefully
    const parsed: unknown = parse(yaml, { maxAliasCount: 100 });
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    data = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  switch (kind) {
    case 'komponen':
      return text(data.code) && text(data.title) ? { title: `${text(data.code)} ${text(data.title)}` } : undefined;
    case 'area':
      return text(data.code) && text(data.title) ? { title: `${text(data.code)}. ${text(data.title)}` } : undefined;
    case 'kanal':
    case 'satuan-kerja':
      return text(data.name) ? { title: text(data.name)! } : undefined;
    case 'rekap-pengaduan':
      return { title: id };
    case 'bukti': {
      const title = text(data.title);
      const file = text(data.file);
      return title ? { title, ...(file ? { file } : {}) } : undefined;
    }
    default:
      return text(data.title) ? { title: text(data.title)! } : undefined;
  }
}
