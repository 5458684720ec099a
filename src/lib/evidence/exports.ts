import { toCsv } from '../csv.ts';
import { isoDate } from '../format.ts';
import type { EvidenceExport } from '../../schemas/evidence-export.ts';
import { EVIDENCE_CSV_COLUMNS } from '../../schemas/evidence-export.ts';
import type { EvidenceItem } from './items.ts';
import type { Register } from './register.ts';
import { isRelatedOnly } from './status.ts';
import { evidenceHistoryCsv, evidenceHistoryJson } from '../history/exports.ts';

/** Turns a site path into the URL published in data files (base path included). */
export type Href = (path: string) => string;

/** The address of an item in data files: its site path with the base, or its external URL. */
export function itemUrl(item: EvidenceItem, href: Href): string {
  return item.external ? item.href : href(item.href);
}

/** `/data/<year>/bukti.json`: every indicator with its required evidence, status and items. */
export function registerToJson(register: Register, href: Href): EvidenceExport {
  return {
    year: register.year,
    indicators: register.areas.flatMap((area) =>
      area.rows.map((row) => ({
        id: row.indicator.id,
        required: row.steps.map((step) => step.required).join('; '),
        status: row.status,
        items: row.items.map((item) => ({
          id: item.id,
          title: item.title,
          date: isoDate(item.date),
          url: itemUrl(item, href),
          bytes: item.file?.bytes ?? null,
          sha256: item.file?.sha256 ?? null,
          mediaType: item.file?.mediaType ?? null,
          kind: item.kind,
          pages: item.file?.pages ?? null,
          related: isRelatedOnly(item),
          ...evidenceHistoryJson(item.history),
        })),
      })),
    ),
  };
}

/** `/data/<year>/bukti.csv`: one row per item; several indicators or steps are joined with ";". */
export function registerToCsv(register: Register, href: Href): string {
  const rows = register.items.map((item) => [
    item.year,
    item.id,
    item.indicators.join(';'),
    item.title,
    isoDate(item.date),
    item.kind,
    itemUrl(item, href),
    item.file?.bytes ?? '',
    item.file?.sha256 ?? '',
    item.file?.mediaType ?? '',
    item.file?.pages ?? '',
    item.satisfies?.join(';') ?? '',
    item.personalData ? 'ya' : 'tidak',
    item.redacted ? 'ya' : 'tidak',
    isRelatedOnly(item) ? 'ya' : 'tidak',
    ...evidenceHistoryCsv(item.history),
  ]);
  return toCsv(EVIDENCE_CSV_COLUMNS, rows);
}

/**
 * `/data/<year>/bukti.sha256` in `sha256sum` format ("<hash>  <path>"), one line per published file,
 * paths relative to the site root (the folder holding `data/` and `<year>/`, whatever the base path),
 * so `sha256sum -c data/2022/bukti.sha256` run in a copy of that folder checks every file.
 */
export function registerToSha256(register: Register): string {
  const lines = new Set(register.items.flatMap((item) => (item.file ? [`${item.file.sha256}  ${item.href.replace(/^\//, '')}\n`] : [])));
  return [...lines].sort((a, b) => a.slice(66).localeCompare(b.slice(66))).join('');
}
