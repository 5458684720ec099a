import { join, relative } from 'node:path';
import { isGuideId } from '../channels/channels.ts';
import { GUIDE_PATHS } from '../channels/routes.ts';
import type { ContentSet } from './load.ts';
import type { Problem } from './problem.ts';

/** Indicator codes of the newest plan, or undefined when the plan itself failed its checks. */
function newestPlanCodes(content: ContentSet): { year: string; codes: Set<string> } | undefined {
  if (content.incomplete.has('components') || content.incomplete.has('decrees')) return undefined;
  const year = content.entries.decrees.map((decree) => decree.id).sort().at(-1);
  if (!year) return undefined;
  const codes = new Set<string>();
  for (const component of content.entries.components.filter((entry) => entry.id.startsWith(`${year}/`))) {
    component.data.indicators.forEach((_, index) => codes.add(`${component.data.code}.${index + 1}`));
  }
  return { year, codes };
}

/**
 * Channels, guides and the complaint recap point at each other and at the plan: every
 * reference must exist, and every page the site builds must have its guide file.
 */
export function checkChannels(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const { channels, guides, complaintRecaps } = content.entries;
  const channelIds = new Set(channels.map((channel) => channel.id));
  const channelsKnown = !content.incomplete.has('channels');
  const plan = newestPlanCodes(content);
  const knownPaths = new Set<string>(Object.values(GUIDE_PATHS));

  const checkIndicators = (entry: (typeof channels)[number] | (typeof guides)[number], codes: readonly string[]) => {
    if (!plan) return;
    codes.forEach((code, index) => {
      if (!plan.codes.has(code)) {
        problems.push({ file: entry.file, line: entry.lineOf(['indicators', index]), field: `indicators[${index}]`, message: `Indikator "${code}" tidak ada di rencana aksi ${plan.year}. Tulis kode yang ada, misalnya "V.3.1" (lihat halaman rencana aksi ${plan.year}).` });
      }
    });
  };

  for (const channel of channels) {
    checkIndicators(channel, channel.data.indicators);
    const scheduledBy = channel.data.unitChannel?.indicator;
    if (plan && scheduledBy && !plan.codes.has(scheduledBy)) {
      problems.push({ file: channel.file, line: channel.lineOf(['unitChannel', 'indicator']), field: 'unitChannel.indicator', message: `Indikator "${scheduledBy}" tidak ada di rencana aksi ${plan.year}. Tulis kode indikator yang menjadwalkan kanal ini, misalnya "V.1.2".` });
    }
    if (channel.data.more && !knownPaths.has(channel.data.more)) {
      problems.push({ file: channel.file, line: channel.lineOf(['more']), field: 'more', message: `Halaman "${channel.data.more}" tidak ada. Yang ada: ${[...knownPaths].join(', ')}.` });
    }
  }

  for (const guide of guides) {
    if (!isGuideId(guide.id)) {
      problems.push({ file: guide.file, message: `Berkas panduan "${guide.id}" tidak punya halaman. Nama berkas yang dikenal: ${Object.keys(GUIDE_PATHS).map((id) => `${id}.mdx`).join(', ')}.` });
    }
    checkIndicators(guide, guide.data.indicators);
    if (!channelsKnown) continue;
    guide.data.channels.forEach((id, index) => {
      if (!channelIds.has(id)) {
        problems.push({ file: guide.file, line: guide.lineOf(['channels', index]), field: `channels[${index}]`, message: `Kanal "${id}" tidak ada di content/kanal/. Yang ada: ${[...channelIds].join(', ') || '(belum ada)'}.` });
      }
    });
  }

  if (!content.incomplete.has('guides')) {
    const present = new Set(guides.map((guide) => guide.id));
    for (const id of Object.keys(GUIDE_PATHS).filter((id) => !present.has(id))) {
      problems.push({ file: relative(process.cwd(), join(content.root, 'panduan', `${id}.mdx`)), message: `Berkas panduan ini belum ada, padahal halaman ${GUIDE_PATHS[id as keyof typeof GUIDE_PATHS]} memerlukannya. Buat berkas dengan judul (title) dan deskripsi (description).` });
    }
  }

  for (const recap of complaintRecaps) {
    if (!channelsKnown) continue;
    recap.data.rows.forEach((row, index) => {
      if (!channelIds.has(row.channel)) {
        problems.push({ file: recap.file, line: recap.lineOf(['rows', index, 'channel']), field: `rows[${index}].channel`, message: `Kanal "${row.channel}" tidak ada di content/kanal/. Yang ada: ${[...channelIds].join(', ') || '(belum ada)'}.` });
      }
    });
  }
  return problems;
}
