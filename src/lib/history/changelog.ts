import { commitRef, type CommitRef, type ContentCommit } from './model.ts';
import { CONTENT_KINDS, evidenceFiles, itemOfPath, type ContentKind, type ContentRef } from './content-items.ts';

/** The change log (/riwayat/): per commit that touched published content, what was added, changed, removed. Pure. */

export interface ChangelogItem {
  kind: ContentKind;
  id: string;
  /** The item's current title; its id when it no longer exists. */
  title: string;
  /** Site path of its page; absent for removed items and items that no longer exist. */
  href?: string;
}

export interface ChangelogEntry extends CommitRef {
  added: ChangelogItem[];
  changed: ChangelogItem[];
  removed: ChangelogItem[];
}

const kindOrder = (kind: ContentKind) => CONTENT_KINDS.indexOf(kind);
const byKindAndTitle = (a: ChangelogItem, b: ChangelogItem) => kindOrder(a.kind) - kindOrder(b.kind) || a.title.localeCompare(b.title, 'id') || a.id.localeCompare(b.id);

/** Commits newest first → change-log entries newest first; commits touching only unpublished files are left out. */
export function buildChangelog(commits: readonly ContentCommit[], refs: readonly ContentRef[]): ChangelogEntry[] {
  const byPath = new Map(refs.map((ref) => [ref.path, ref]));
  const files = evidenceFiles(refs);
  const entries: ChangelogEntry[] = [];
  for (const commit of commits) {
    const items = new Map<string, { kind: ContentKind; id: string; status: 'added' | 'changed' | 'removed' }>();
    for (const change of commit.changes) {
      const item = itemOfPath(change.path, files);
      if (!item) continue;
      const known = items.get(item.key);
      // the item's own file decides: added or removed with it; any other file of it is a change
      const status = change.path === item.key ? (change.status === 'A' ? 'added' : change.status === 'D' ? 'removed' : 'changed') : 'changed';
      if (!known || change.path === item.key) items.set(item.key, { kind: item.kind, id: item.id, status });
    }
    if (!items.size) continue;
    const entry: ChangelogEntry = { ...commitRef(commit), added: [], changed: [], removed: [] };
    for (const [key, item] of items) {
      const ref = byPath.get(key);
      const listed: ChangelogItem = { kind: item.kind, id: item.id, title: ref?.title ?? item.id, ...(ref && item.status !== 'removed' ? { href: ref.href } : {}) };
      entry[item.status].push(listed);
    }
    entry.added.sort(byKindAndTitle);
    entry.changed.sort(byKindAndTitle);
    entry.removed.sort(byKindAndTitle);
    entries.push(entry);
  }
  return entries;
}

/** Number of items an entry lists (its weight on a page). */
export function entrySize(entry: ChangelogEntry): number {
  return entry.added.length + entry.changed.length + entry.removed.length;
}

/** An entry, or one part of an entry too long for one page (part 1 carries the commit's anchor). */
export interface ChangelogPart extends ChangelogEntry {
  part: number;
  parts: number;
}

/** Splits an entry listing more than `maxItems` items into parts of at most `maxItems`, in list order. */
export function splitEntry(entry: ChangelogEntry, maxItems: number): ChangelogPart[] {
  if (entrySize(entry) <= maxItems) return [{ ...entry, part: 1, parts: 1 }];
  const tagged = (['added', 'changed', 'removed'] as const).flatMap((list) => entry[list].map((item) => ({ list, item })));
  const parts: ChangelogPart[] = [];
  for (let start = 0; start < tagged.length; start += maxItems) {
    const slice = tagged.slice(start, start + maxItems);
    const pick = (list: 'added' | 'changed' | 'removed') => slice.filter((tag) => tag.list === list).map((tag) => tag.item);
    parts.push({ ...entry, added: pick('added'), changed: pick('changed'), removed: pick('removed'), part: parts.length + 1, parts: 0 });
  }
  return parts.map((part) => ({ ...part, parts: parts.length }));
}
