/**
 * Where Decap will write an entry, worked out before it saves, so the content check can judge the
 * entry under its real name (a note's file name carries its month). Follows the collection's `slug`
 * and `path` templates the way Decap fills them (ASCII, accents dropped, lower case, "-" between words).
 */
export interface FolderCollection {
  folder?: string;
  extension?: string;
  slug?: string;
  path?: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function dateParts(value: unknown): { year: string; month: string; day: string } | undefined {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? { year: match[1]!, month: match[2]!, day: match[3]! } : undefined;
}

/** The repository path of a new entry of a folder collection, or undefined when it has no folder. */
export function newEntryPath(collection: FolderCollection, data: Record<string, unknown>): string | undefined {
  if (!collection.folder) return undefined;
  const date = dateParts(data.date);
  const fill = (template: string) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (name === 'slug') return slugify(String(data.title ?? ''));
      if (date && (name === 'year' || name === 'month' || name === 'day')) return date[name];
      return slugify(String(data[name] ?? ''));
    });
  const slug = fill(collection.slug ?? '{{slug}}');
  const path = collection.path ? fill(collection.path) : slug;
  return `${collection.folder}/${path}.${collection.extension ?? 'md'}`;
}
