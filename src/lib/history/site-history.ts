import { relative, resolve, sep } from 'node:path';
import { getCollection } from 'astro:content';
import { contentRoot } from '../content-root.ts';
import { isoDate } from '../format.ts';
import { noteSlug } from '../progress/notes.ts';
import { componentPath, decreePath, areaPath } from '../plan/routes.ts';
import { notePath } from '../progress/routes.ts';
import { surveyPath } from '../survey/routes.ts';
import { evidenceIndicatorPath } from '../evidence/routes.ts';
import { GUIDE_PATHS, channelPath } from '../channels/routes.ts';
import { isGuideId } from '../channels/channels.ts';
import { once } from '../memo.ts';
import { hashBlobs, readBlobs, readGitHistory } from './read-git.ts';
import { contentCommits, fileHistories, lastChange, type CommitRef, type ContentHistory, type FileHistory } from './model.ts';
import { earlierBlobs, evidenceHistory, type EvidenceHistory } from './evidence-history.ts';
import { buildChangelog, entrySize, itemBlobs, splitEntry, type ChangelogEntry, type ChangelogPart } from './changelog.ts';
import { paginateByWeight } from './paginate-by-weight.ts';
import { historyAnchor, historyPath } from './routes.ts';
import type { ContentRef } from './content-items.ts';
import { pageSources } from './page-sources.ts';

/**
 * The content history for the pages of one build, read from git once (cached for the build, like the
 * other `get…` loaders). When there is none, the build says so once and pages say "riwayat tidak tersedia".
 */


const UNAVAILABLE_MESSAGE: Record<'no-repo' | 'shallow' | 'error', string> = {
  'no-repo': 'Riwayat isi tidak tersedia: folder isi tidak berada di dalam repositori git (atau belum ada commit). Situs tetap dibangun; halaman menulis "riwayat tidak tersedia".',
  shallow: 'Riwayat isi tidak tersedia: repositori ini klon dangkal (shallow). Situs tetap dibangun; halaman menulis "riwayat tidak tersedia". Di CI, ambil seluruh riwayat (actions/checkout dengan fetch-depth: 0).',
  error: 'Riwayat isi tidak tersedia: git tidak dapat membaca riwayat folder isi. Situs tetap dibangun; halaman menulis "riwayat tidak tersedia".',
};

/** The content root's history (newest commit first), or why there is none. Read once per build. */
export const getContentHistory: () => ContentHistory = once(readContentHistory);

function readContentHistory(): ContentHistory {
  const root = contentRoot();
  const git = readGitHistory(root);
  let history: ContentHistory;
  if (git.available) history = { available: true, commits: contentCommits(git.commits, git.prefix) };
  else {
    history = { available: false, reason: git.reason };
    console.warn(`[riwayat] ${UNAVAILABLE_MESSAGE[git.reason]}`);
  }
  return history;
}

/** Every content path's history (empty when there is no history). */
export const getFileHistories: () => Map<string, FileHistory> = once(() => {
  const history = getContentHistory();
  return history.available ? fileHistories(history.commits) : new Map();
});

/** Path of a collection entry's file relative to the content root, "/" separated. */
function contentPath(filePath: string | undefined): string {
  return relative(resolve(contentRoot()), resolve(filePath ?? '')).split(sep).join('/');
}

/** Every current content item with its file, title and page (for the change log and page dates). */
export const getContentRefs: () => Promise<ContentRef[]> = once(loadContentRefs);

async function loadContentRefs(): Promise<ContentRef[]> {
  const [units, decrees, areas, components, notes, evidence, surveys, channels, guides, recaps] = await Promise.all([
    getCollection('unit'),
    getCollection('decrees'),
    getCollection('areas'),
    getCollection('components'),
    getCollection('notes'),
    getCollection('evidence'),
    getCollection('surveys'),
    getCollection('channels'),
    getCollection('guides'),
    getCollection('complaintRecaps'),
  ]);
  const year = (id: string) => Number(id.slice(0, 4));
  return [
    ...units.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'satuan-kerja', id: e.id, title: e.data.name, href: '/' })),
    ...decrees.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'keputusan', id: e.id, title: e.data.title ?? e.data.annexTitle, href: decreePath(year(e.id)) })),
    ...areas.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'area', id: e.id, title: `${e.data.code}. ${e.data.title}`, href: areaPath(year(e.id), e.data.code.toLowerCase()) })),
    ...components.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'komponen', id: e.id, title: `${e.data.code} ${e.data.title}`, href: componentPath(year(e.id), e.data.code) })),
    ...notes.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'catatan', id: noteSlug(e.id), title: e.data.title, href: notePath(noteSlug(e.id)), indicators: e.data.indicators, cites: e.data.evidence })),
    ...evidence.map((e): ContentRef => {
      const path = contentPath(e.filePath);
      const y = Number(path.slice(0, 4));
      // the register row of its first indicator is where an evaluator finds the item
      return {
        path,
        kind: 'bukti',
        id: e.id,
        title: e.data.title,
        href: evidenceIndicatorPath(y, e.data.indicators[0]!),
        indicators: e.data.indicators,
        ...(e.data.file ? { file: `${path.slice(0, path.lastIndexOf('/'))}/${e.data.file}` } : {}),
      };
    }),
    ...surveys.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'survei', id: e.id, title: e.data.title, href: surveyPath(e.id) })),
    ...channels.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'kanal', id: e.id, title: e.data.name, href: channelPath(e.id) })),
    ...guides.flatMap((e): ContentRef[] => (isGuideId(e.id) ? [{ path: contentPath(e.filePath), kind: 'panduan', id: e.id, title: e.data.title, href: GUIDE_PATHS[e.id] }] : [])),
    ...recaps.map((e): ContentRef => ({ path: contentPath(e.filePath), kind: 'rekap-pengaduan', id: e.id, title: e.id, href: GUIDE_PATHS['rekap-pengaduan'] })),
  ];
}

/** The change log, newest first (empty when there is no history). */
export const getChangelog: () => Promise<ChangelogEntry[]> = once(() =>
  getContentRefs().then((refs) => {
    const history = getContentHistory();
    if (!history.available) return [];
    const texts = readBlobs(contentRoot(), itemBlobs(history.commits));
    return buildChangelog(history.commits, refs, (blob) => texts.get(blob)?.toString('utf8'));
  }),
);

export type LastUpdated = { state: 'none' } | { state: 'unavailable' } | { state: 'known'; commit: CommitRef };

/** "Terakhir diperbarui" of a page, from its site path (see page-sources.ts for the rule per page type). */
export async function getLastUpdated(sitePath: string): Promise<LastUpdated> {
  const refs = await getContentRefs();
  const sources = pageSources(sitePath, refs);
  if (!sources) return { state: 'none' };
  const history = getContentHistory();
  if (!history.available) return { state: 'unavailable' };
  const commit = lastChange(history.commits, sources);
  // nothing of it was ever committed (an empty list, or content not committed yet): no date to state
  return commit ? { state: 'known', commit } : { state: 'none' };
}

export interface EvidenceHistoryRequest {
  /** The YAML file, relative to the content root. */
  yaml: string;
  /** The published file, relative to the content root. */
  file?: string;
  date: Date;
}

/** Publication facts of evidence items (one `git cat-file` run for every replaced file's old versions). */
export function evidenceHistories(requests: readonly EvidenceHistoryRequest[]): (EvidenceHistory | undefined)[] {
  const files = getFileHistories();
  const inputs = requests.map((request) => ({ date: isoDate(request.date), yaml: files.get(request.yaml), file: request.file ? files.get(request.file) : undefined }));
  const blobs = inputs.flatMap(earlierBlobs);
  const hashes = blobs.length ? hashBlobs(contentRoot(), blobs) : new Map<string, string>();
  return inputs.map((input) => evidenceHistory(input, (blob) => hashes.get(blob)!));
}

/**
 * Items a page of /riwayat/ may list (each entry also counts 3 for its heading). Measured: about 50 gzip
 * bytes per item on a ~4 KB page, so a full page stays near 10 KB, inside the 14 600-byte budget.
 */
export const HISTORY_PAGE_WEIGHT = 60;
/** A commit listing more items than this (a whole year imported at once) continues on the next page. */
export const HISTORY_ENTRY_MAX_ITEMS = HISTORY_PAGE_WEIGHT - 3;

/** The change log split into pages (page 1 first); one empty page when there is nothing to list. */
export const getChangelogPages: () => Promise<ChangelogPart[][]> = once(() =>
  getChangelog().then((entries) =>
    paginateByWeight(entries.flatMap((entry) => splitEntry(entry, HISTORY_ENTRY_MAX_ITEMS)), (entry) => entrySize(entry) + 3, HISTORY_PAGE_WEIGHT),
  ),
);

/** Site path of a commit's entry in the change log, or undefined when the log does not list it. */
export async function changelogEntryPath(commitId: string): Promise<string | undefined> {
  const pages = await getChangelogPages();
  const page = pages.findIndex((entries) => entries.some((entry) => entry.id === commitId && entry.part === 1));
  return page < 0 ? undefined : `${historyPath(page + 1)}#${historyAnchor(commitId)}`;
}
