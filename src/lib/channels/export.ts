import type { RecapRow } from '../../schemas/complaint-recap.ts';
import type { ComplaintsExport } from '../../schemas/open-data-complaints.ts';
import { sortRows, yearTotals } from './complaint-recap.ts';
import type { ChannelEntry } from './channels.ts';
import { channelPath } from './routes.ts';
import type { Href } from '../plan/export.ts';

/** `/data/pengaduan.json`: every year's monthly figures per channel, and the channels they refer to. */
export function complaintsToExport(recaps: readonly { year: number; rows: RecapRow[] }[], channels: readonly ChannelEntry[], href: Href): ComplaintsExport {
  const order = channels.map((channel) => channel.id);
  return {
    channels: channels.map((channel) => ({ id: channel.id, name: channel.data.name, url: href(channelPath(channel.id)) })),
    years: recaps.map((recap) => ({
      year: recap.year,
      totals: yearTotals(recap.rows),
      rows: sortRows(recap.rows, order).map((row) => ({
        month: row.month,
        channel: row.channel,
        received: row.received,
        followedUp: row.followedUp,
        finished: row.finished,
        medianWorkingDays: row.medianWorkingDays ?? null,
      })),
    })),
  };
}
