import type { CellState } from './progress/timeline.ts';
import type { IndicatorStatus } from './progress/timeline.ts';
import type { EvidenceStatus } from './evidence/status.ts';

/**
 * The one status-class scheme of the site: a status or state is shown in a tone, `status-ok`,
 * `status-warn` or `status-bad` (colours from the design tokens in src/styles/global.css);
 * `status-mark` makes it bold and `status-alert` gives it the alarm background. The word or
 * symbol always says the status too: colour is never the only signal.
 */
export type Tone = 'ok' | 'warn' | 'bad';

const tone = (value: Tone | undefined) => (value ? `status-${value}` : undefined);

const INDICATOR_TONE: Record<IndicatorStatus, Tone | undefined> = { selesai: 'ok', berjalan: undefined, tertunda: 'warn', 'belum-ada-laporan': 'bad', dijadwalkan: undefined };
const EVIDENCE_TONE: Record<EvidenceStatus, Tone> = { lengkap: 'ok', sebagian: 'warn', belum: 'bad' };
const FOLLOW_UP_TONE: Record<'direncanakan' | 'berjalan' | 'selesai', Tone | undefined> = { direncanakan: undefined, berjalan: 'warn', selesai: 'ok' };
const CELL_CLASS: Record<CellState, string | undefined> = {
  reported: 'status-ok status-mark',
  late: 'status-bad status-mark status-alert',
  extra: 'status-mark',
  planned: undefined,
  empty: undefined,
};

export const indicatorStatusClass = (status: IndicatorStatus) => tone(INDICATOR_TONE[status]);
export const evidenceStatusClass = (status: EvidenceStatus) => tone(EVIDENCE_TONE[status]);
export const followUpStatusClass = (status: keyof typeof FOLLOW_UP_TONE) => tone(FOLLOW_UP_TONE[status]);
/** A timeline cell: reported (ok, bold), late (bad, bold, alarm background), extra (bold). */
export const cellClass = (state: CellState) => CELL_CLASS[state];
/** A threshold met (survey index). */
export const metClass = (met: boolean) => (met ? tone('ok') : undefined);
