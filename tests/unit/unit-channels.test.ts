import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChannelCard from '../../src/components/channels/ChannelCard.astro';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { effectiveChannel, unitChannelState } from '../../src/lib/channels/channels.ts';
import { toNote } from '../../src/lib/progress/notes.ts';
import { unitSchema } from '../../src/schemas/unit.ts';
import type { Channel } from '../../src/schemas/channel.ts';
import { note, plan2022 } from './support/progress.ts';

const { content } = loadContent('content');
const plan = plan2022();
const realNotes = content.entries.notes.map((entry) => toNote({ id: entry.id, data: entry.data }));
const unit = unitSchema.parse(content.entries.unit[0]!.data);
const withUnitChannel = content.entries.channels.filter((entry) => entry.data.unitChannel);

/** Visible text of the card, split into the status box and everything else. */
async function renderCard(id: string, channel: Channel, state: ReturnType<typeof unitChannelState>) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ChannelCard, { props: { id, channel, unit, state, year: plan.year } });
  const box = /<div class="unit-channel[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
  return { html, box: text(box), rest: text(html.replace(box, '')) };
}

describe('unit channels the plan schedules (UPG V.1.2, complaint box and LAPOR! V.3.1, WBS V.4)', () => {
  it('covers the channels the issue names', () => {
    expect(Object.fromEntries(withUnitChannel.map((entry) => [entry.id, entry.data.unitChannel!.indicator]))).toEqual({
      gratifikasi: 'V.1.2',
      kantor: 'V.3.1',
      lapor: 'V.3.1',
      wbs: 'V.4.2',
    });
  });

  it.each(withUnitChannel.map((entry) => [entry.id, entry] as const))(
    '%s, unconfirmed in the real content: the card says what the plan schedules, the latest progress and the alternative, and nothing else names the unit channel',
    async (id, entry) => {
      const unitChannel = entry.data.unitChannel!;
      const state = unitChannelState(unitChannel, plan, realNotes);
      expect(state.exists).toBe(false);

      const { box, rest } = await renderCard(id, entry.data, state);
      const indicator = plan.indicatorsById.get(unitChannel.indicator)!;

      expect(box).toContain(`${unitChannel.name} belum dipastikan ada`);
      expect(box).toContain(`Indikator ${indicator.id}`);
      expect(box).toContain(indicator.text);
      expect(box).toMatch(/Kemajuan terakhir:/);
      expect(box).toContain(unitChannel.alternative);
      expect(rest).not.toContain(unitChannel.name);
      for (const step of unitChannel.steps) expect(rest).not.toContain(step);
      for (const contact of unitChannel.contacts) expect(rest).not.toContain(contact.label);
      if (unitChannel.summary) expect(effectiveChannel(entry.data, state).summary).not.toBe(unitChannel.summary);
    },
  );

  it('shows the unit channel once content confirms it, with date and source', async () => {
    const entry = withUnitChannel.find((candidate) => candidate.id === 'gratifikasi')!;
    const channel = { ...entry.data, unitChannel: { ...entry.data.unitChannel!, confirmed: { date: new Date('2022-08-15'), source: 'SK UPG Nomor 1 Tahun 2022' } } };
    const state = unitChannelState(channel.unitChannel, plan, realNotes);

    const { box, rest } = await renderCard('gratifikasi', channel, state);

    expect(state.exists).toBe(true);
    expect(box).toContain('sudah ada');
    expect(box).toContain('15 Agustus 2022');
    expect(box).toContain('SK UPG Nomor 1 Tahun 2022');
    for (const step of channel.unitChannel.steps) expect(rest).toContain(step);
    expect(rest).toContain('Melapor ke UPG, sejak gratifikasi diterima: paling lambat 10 hari kerja');
    expect(effectiveChannel(channel, state).summary).toBe(channel.unitChannel.summary);
  });

  it('takes a latest progress note "selesai" on the indicator as confirmation, and an older one as not', () => {
    const entry = withUnitChannel.find((candidate) => candidate.id === 'gratifikasi')!;
    const done = note('upg-dibentuk', '2022-08-10', ['V.1.2'], 'selesai');
    const later = note('upg-ditinjau', '2022-09-01', ['V.1.2'], 'berjalan');

    expect(unitChannelState(entry.data.unitChannel!, plan, [done])).toMatchObject({ exists: true, confirmedBy: { kind: 'catatan', note: done } });
    expect(unitChannelState(entry.data.unitChannel!, plan, [done, later])).toMatchObject({ exists: false, latest: later });
  });

  it('keeps the guide texts of /gratifikasi/ and /pengaduan/ free of claims that the unit channels exist', () => {
    const guides = ['gratifikasi', 'pengaduan'].map((id) => readFileSync(`content/panduan/${id}.mdx`, 'utf8')).join('\n');
    expect(guides).not.toMatch(/ke UPG dalam|UPG KPU Kota Magelang (menangani|menerima)|kotak aduan "?Lapor KPU"? di kantor|diteruskan ke [^.]*KPU Kota Magelang/i);
    const channels = withUnitChannel.map((entry) => [entry.data.name, entry.data.purpose, entry.data.summary, entry.data.handler ?? '', ...entry.data.steps].join('\n')).join('\n');
    for (const entry of withUnitChannel) expect(channels).not.toContain(entry.data.unitChannel!.name);
  });
});
