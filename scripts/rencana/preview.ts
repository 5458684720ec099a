/** What the importer read, as the administrator checks it before writing: the hierarchy and the month grid. */
import { countTable } from '../decree/decree-table.ts';
import type { SheetPlan } from './lampiran.ts';

const MONTH_HEAD = 'J F M A M J J A S O N D';

/** "· · · √ · · …": one column per month, √ where the step is scheduled. */
export function monthGrid(months: readonly number[]): string {
  return Array.from({ length: 12 }, (_, i) => (months.includes(i + 1) ? '√' : '·')).join(' ');
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function planPreview(plan: SheetPlan): string[] {
  const counts = countTable(plan);
  const lines = [
    `Terbaca: ${plan.annexTitle || '(tanpa judul)'}`,
    `${counts.areas} area, ${counts.components} komponen, ${counts.indicators} indikator.`,
    '',
    `${' '.repeat(14)}${MONTH_HEAD}   (baris lembar)`,
  ];
  for (const area of plan.areas) {
    lines.push(`Area ${area.code}  ${area.title} — ${area.team}`);
    for (const component of area.components) {
      lines.push(`  ${component.code}  ${component.title}`);
      component.indicators.forEach((indicator, i) => {
        lines.push(`    ${component.code}.${i + 1}  ${clip(indicator.text, 90)}`);
        indicator.actions.forEach((action, j) => {
          lines.push(`      ${String(j + 1).padStart(2)}.    ${monthGrid(action.months)}   ${clip(action.step, 60)} (baris ${action.line})`);
        });
      });
    }
  }
  if (plan.readings.length > 0) {
    lines.push('', `Catatan pembacaan (${plan.readings.length}; tampil di halaman catatan pembacaan tahun ini):`);
    for (const reading of plan.readings) lines.push(`  baris ${reading.line}: ${reading.reason}`);
  }
  return lines;
}
