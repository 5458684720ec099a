import type { EvidenceItem } from '../../../src/lib/evidence/items.ts';

/** An evidence item for tests; a file item unless `href` says otherwise. */
export function item(overrides: Partial<EvidenceItem> & Pick<EvidenceItem, 'id'>): EvidenceItem {
  return {
    year: 2022,
    title: `Bukti ${overrides.id}`,
    date: new Date('2022-05-01'),
    indicators: ['I.1.1'],
    kind: 'dokumen',
    personalData: false,
    redacted: false,
    href: `/2022/bukti/berkas/${overrides.id}.pdf`,
    external: false,
    file: { name: `${overrides.id}.pdf`, bytes: 10, mediaType: 'application/pdf', sha256: 'a'.repeat(64), pages: 1 },
    ...overrides,
  };
}
