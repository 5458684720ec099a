import type { RecapRow } from '../../schemas/complaint-recap.ts';

export interface Counts {
  received: number;
  followedUp: number;
  finished: number;
}

const ZERO: Counts = { received: 0, followedUp: 0, finished: 0 };

function add(a: Counts, b: Counts): Counts {
  return { received: a.received + b.received, followedUp: a.followedUp + b.followedUp, finished: a.finished + b.finished };
}

/** All channels together, per month 1–12 (months without figures count zero). */
export function monthlyTotals(rows: readonly RecapRow[]): ({ month: number } & Counts)[] {
  return Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    ...rows.filter((row) => row.month === index + 1).reduce(add, ZERO),
  }));
}

/** The year's totals, all channels. */
export function yearTotals(rows: readonly RecapRow[]): Counts {
  return rows.reduce(add, ZERO);
}

/** Rows in table order: by month, then by the channels' display order. */
export function sortRows(rows: readonly RecapRow[], channelOrder: readonly string[]): RecapRow[] {
  const rank = (id: string) => (channelOrder.includes(id) ? channelOrder.indexOf(id) : channelOrder.length);
  return [...rows].sort((a, b) => a.month - b.month || rank(a.channel) - rank(b.channel));
}

export interface Bar {
  series: 'received' | 'finished';
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Left edge of the bars (month labels sit left of it). */
  left: number;
  rows: { month: number; y: number; bars: Bar[] }[];
}

/**
 * Geometry of a horizontal bar chart (one row per month, received above finished),
 * drawn as SVG at build time: no JavaScript, readable on a 360 px phone.
 */
export function barChart(totals: readonly ({ month: number } & Counts)[], size = { width: 320, rowHeight: 24, left: 44 }): BarChart {
  const max = Math.max(1, ...totals.flatMap((total) => [total.received, total.finished]));
  const span = size.width - size.left - 28;
  const barHeight = (size.rowHeight - 6) / 2;
  const bar = (series: Bar['series'], value: number, y: number): Bar => ({
    series,
    value,
    x: size.left,
    y,
    width: Math.round((value / max) * span * 10) / 10,
    height: barHeight,
  });
  return {
    width: size.width,
    height: totals.length * size.rowHeight,
    left: size.left,
    rows: totals.map((total, index) => {
      const y = index * size.rowHeight + 2;
      return { month: total.month, y, bars: [bar('received', total.received, y), bar('finished', total.finished, y + barHeight)] };
    }),
  };
}
