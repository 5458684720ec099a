import { describe, expect, it } from 'vitest';
import { caseGuide, contactHref, dialNumber, linksByIndicator, type ChannelEntry } from '../../src/lib/channels/channels.ts';
import { barChart, monthlyTotals, sortRows, yearTotals } from '../../src/lib/channels/complaint-recap.ts';
import { complaintsToExport } from '../../src/lib/channels/export.ts';
import { channelSchema } from '../../src/schemas/channel.ts';
import { recapRowSchema } from '../../src/schemas/complaint-recap.ts';
import { complaintsExportSchema } from '../../src/schemas/open-data-complaints.ts';

function channel(id: string, fields: Record<string, unknown>): ChannelEntry {
  return { id, data: channelSchema.parse({ name: `Kanal ${id}`, purpose: 'Untuk keperluan uji coba.', summary: 'Ringkasan kanal uji.', steps: ['Langkah uji'], order: 1, ...fields }) };
}

describe('contactHref', () => {
  it('turns confirmed details into https, mailto, sms and tel links', () => {
    expect(contactHref({ type: 'web', label: 'Situs', url: 'https://lapor.go.id' })).toBe('https://lapor.go.id');
    expect(contactHref({ type: 'email', label: 'E-mail', address: 'a@kpu.go.id' })).toBe('mailto:a@kpu.go.id');
    expect(contactHref({ type: 'sms', label: 'SMS', number: '1708' })).toBe('sms:1708');
    expect(contactHref({ type: 'phone', label: 'Telepon', number: '(0293) 123-456' })).toBe('tel:+62293123456');
  });

  it('gives no link for a detail that is not confirmed yet', () => {
    expect(contactHref({ type: 'web', label: 'Situs WBS' })).toBeUndefined();
    expect(contactHref({ type: 'phone', label: 'Telepon' })).toBeUndefined();
  });
});

describe('dialNumber', () => {
  it('keeps an international number and converts a leading 0 to +62', () => {
    expect(dialNumber('+62 293 1')).toBe('+622931');
    expect(dialNumber('0812 3456 7890')).toBe('+6281234567890');
  });
});

describe('caseGuide', () => {
  it('lists each case with its channels in display order and drops cases no channel answers', () => {
    const channels = [
      channel('b', { order: 2, cases: ['layanan'] }),
      channel('a', { order: 1, cases: ['layanan', 'informasi'] }),
    ];

    const rows = caseGuide(channels);

    expect(rows.map((row) => [row.key, row.channels.map((entry) => entry.id)])).toEqual([
      ['layanan', ['a', 'b']],
      ['informasi', ['a']],
    ]);
  });
});

describe('linksByIndicator', () => {
  it('collects every page that serves an indicator, each page once', () => {
    const links = linksByIndicator([
      { label: 'Pengaduan', href: '/pengaduan/', indicators: ['V.3.1', 'V.3.1'] },
      { label: 'LAPOR', href: '/pengaduan/#lapor', indicators: ['V.3.1'] },
    ]);

    expect(links.get('V.3.1')).toEqual([
      { label: 'Pengaduan', href: '/pengaduan/' },
      { label: 'LAPOR', href: '/pengaduan/#lapor' },
    ]);
    expect(links.get('V.3.2')).toBeUndefined();
  });
});

const rows = [
  { month: 2, channel: 'lapor', received: 3, followedUp: 2, finished: 1, medianWorkingDays: 4 },
  { month: 2, channel: 'kantor', received: 5, followedUp: 5, finished: 4 },
  { month: 11, channel: 'kantor', received: 1, followedUp: 1, finished: 1, medianWorkingDays: 2.5 },
].map((row) => recapRowSchema.parse(row));

describe('complaint recap figures', () => {
  it('adds the channels per month and gives every month of the year, empty ones as zero', () => {
    const totals = monthlyTotals(rows);

    expect(totals).toHaveLength(12);
    expect(totals[1]).toEqual({ month: 2, received: 8, followedUp: 7, finished: 5 });
    expect(totals[0]).toEqual({ month: 1, received: 0, followedUp: 0, finished: 0 });
    expect(yearTotals(rows)).toEqual({ received: 9, followedUp: 8, finished: 6 });
  });

  it('sorts rows by month, then by the channels display order', () => {
    expect(sortRows(rows, ['kantor', 'lapor']).map((row) => `${row.month}/${row.channel}`)).toEqual(['2/kantor', '2/lapor', '11/kantor']);
  });

  it('draws the largest month across the full bar span and an empty month with no length', () => {
    const chart = barChart(monthlyTotals(rows), { width: 300, rowHeight: 20, left: 40 });

    const widths = chart.rows.flatMap((row) => row.bars.map((bar) => bar.width));
    expect(Math.max(...widths)).toBe(300 - 40 - 28);
    expect(chart.rows[0]!.bars.map((bar) => bar.width)).toEqual([0, 0]);
    expect(chart.height).toBe(12 * 20);
  });

  it('draws an empty year without dividing by zero', () => {
    const chart = barChart(monthlyTotals([]));

    expect(chart.rows.every((row) => row.bars.every((bar) => bar.width === 0))).toBe(true);
  });
});

describe('complaintsToExport', () => {
  it('follows the published JSON contract, with null for a missing median', () => {
    const exported = complaintsToExport([{ year: 2022, rows }], [channel('kantor', {}), channel('lapor', { order: 2 })], (path) => `/zi${path}`);

    expect(complaintsExportSchema.safeParse(exported).success).toBe(true);
    expect(exported.channels[0]).toEqual({ id: 'kantor', name: 'Kanal kantor', url: '/zi/pengaduan/#kantor' });
    expect(exported.years[0]!.rows[0]).toEqual({ month: 2, channel: 'kantor', received: 5, followedUp: 5, finished: 4, medianWorkingDays: null });
    expect(exported.years[0]!.totals).toEqual(yearTotals(rows));
  });

  it('exports no years while staff have published no recap', () => {
    expect(complaintsToExport([], [], (path) => path).years).toEqual([]);
  });
});
