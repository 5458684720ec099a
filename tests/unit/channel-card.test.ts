import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChannelCard from '../../src/components/channels/ChannelCard.astro';
import { channelSchema } from '../../src/schemas/channel.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const unit = unitSchema.parse({ name: 'Komisi Uji', shortName: 'KPU Uji', siteName: 'Portal Uji', website: 'https://uji.kpu.go.id' });
const channel = channelSchema.parse({
  name: 'WBS Uji',
  order: 1,
  purpose: 'Melaporkan dugaan pelanggaran.',
  summary: 'Ditangani inspektorat.',
  steps: ['Tulis laporan'],
  contacts: [
    { type: 'web', label: 'Situs WBS' },
    { type: 'email', label: 'E-mail', address: 'wbs@uji.go.id', verifiedAt: '2022-06-30' },
  ],
});

describe('ChannelCard', () => {
  it('links confirmed details and sends visitors to the office for the unconfirmed ones, inventing no address', async () => {
    const container = await AstroContainer.create();

    const html = await container.renderToString(ChannelCard, { props: { id: 'wbs', channel, unit } });

    expect(html).toContain('href="mailto:wbs@uji.go.id"');
    expect(html).toContain('30 Juni 2022');
    expect(html).toMatch(/Situs WBS:\s*<span class="muted"[^>]*>alamat belum dikonfirmasi[^<]*KPU Uji/);
    expect(html).toContain('href="https://uji.kpu.go.id"');
    expect(html.match(/href="/g)).toHaveLength(2);
  });
});
