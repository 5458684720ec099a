import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SkipLink from '../../src/components/layout/SkipLink.astro';

describe('SkipLink', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('renders a link to #konten labelled "Langsung ke konten utama"', async () => {
    const html = await container.renderToString(SkipLink);
    const links = html.match(/<a\b[^>]*>[^<]*<\/a>/g) ?? [];
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link).toMatch(/\shref="#konten"/);
    expect(link).toMatch(/\sclass="skip-link[\s"]/);
    expect(link).toMatch(/>Langsung ke konten utama<\/a>$/);
  });

  it('accepts another target and label', async () => {
    const html = await container.renderToString(SkipLink, { props: { target: 'isi', label: 'Ke isi' } });
    expect(html).toMatch(/<a\b[^>]*\shref="#isi"[^>]*>Ke isi<\/a>/);
  });
});
