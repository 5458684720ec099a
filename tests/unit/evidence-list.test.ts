import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import EvidenceList from '../../src/components/evidence/EvidenceList.astro';
import { formatBytes } from '../../src/lib/format.ts';
import { item } from './support/evidence.ts';

describe('EvidenceList', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('shows title link, date, kind, pages, size and short SHA-256 of a file item', async () => {
    const pdf = item({ id: 'notulen', file: { name: 'notulen.pdf', bytes: 123_456, mediaType: 'application/pdf', sha256: '0123456789abcdef'.repeat(4), pages: 3 } });

    const html = await container.renderToString(EvidenceList, { props: { items: [pdf] } });

    expect(html).toMatch(/<a href="[^"]*\/2022\/bukti\/berkas\/notulen\.pdf"[^>]*>Bukti notulen<\/a>/);
    expect(html).toContain('1 Mei 2022');
    expect(html).toContain('dokumen');
    expect(html).toContain('3 halaman');
    expect(html).toContain(formatBytes(123_456));
    expect(html).toMatch(/<code[^>]*>0123456789ab<\/code>/);
    expect(html).not.toContain('0123456789abc<');
  });

  it('links an external item as is and says it leaves the site, without a checksum', async () => {
    const link = item({ id: 'berita', href: 'https://example.org/berita', external: true, kind: 'tautan', file: undefined });

    const html = await container.renderToString(EvidenceList, { props: { items: [link] } });

    expect(html).toContain('href="https://example.org/berita"');
    expect(html).toContain('situs luar');
    expect(html).not.toContain('SHA-256');
  });
});
