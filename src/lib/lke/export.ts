/**
 * The evaluator export of a year's self-assessment, one row per LKE question in the LKE's row order
 * (CSV through src/lib/csv.ts, so no cell runs as a formula; JSON with the same rows and the totals).
 */
import { toCsv } from '../csv.ts';
import type { EvidenceItem } from '../evidence/items.ts';
import { LKE } from './lke.ts';
import { answerValue, round2, HASIL_READING, MEAN_READING, OPTION_READING, PERCENT_READING } from './score.ts';
import type { LkeYear } from './data.ts';

export const SELF_ASSESSMENT_LABEL = 'Penilaian mandiri unit kerja (bukan hasil penilaian TPI atau TPN).';

export interface ExportRow {
  kode: string;
  komponen: string;
  bagian: string;
  area: string;
  subKomponen: string;
  bobotSubKomponen: number;
  pertanyaan: string;
  jenisJawaban: string;
  jawaban: string | null;
  isian: Record<string, number> | null;
  nilai: number | null;
  nilaiSubKomponen: number;
  alasan: string | null;
  sumber: string | null;
  bukti: { id: string; judul: string; alamat: string; sha256: string | null }[];
  diubah: string | null;
  indikatorRencana: { indikator: string; pembacaan: string; alasan: string | null }[];
}

export function exportRows(year: LkeYear, evidence: ReadonlyMap<string, EvidenceItem>, href: (path: string) => string): ExportRow[] {
  const partName = new Map(LKE.parts.map((part) => [part.code, part.name]));
  const componentName = new Map(LKE.components.map((c) => [c.code, c.name]));
  const areaName = new Map(LKE.areas.map((area) => [area.number, area.name]));
  return LKE.subcomponents.flatMap((sub) =>
    sub.questions.map((question) => {
      const answer = year.answers.get(question.code);
      return {
        kode: question.code,
        komponen: componentName.get(sub.part.slice(0, 1) as 'A' | 'B') ?? '',
        bagian: partName.get(sub.part) ?? '',
        area: sub.area === null ? '' : `${sub.area}. ${areaName.get(sub.area)}`,
        subKomponen: sub.name,
        bobotSubKomponen: sub.weight,
        pertanyaan: question.text,
        jenisJawaban: question.answerType,
        jawaban: answer ? (answer.jenis === 'persen' ? 'isian' : answer.jenis === 'nilai-0-4' ? String(answer.value) : answer.answer) : null,
        isian: answer?.jenis === 'persen' ? Object.fromEntries(answer.inputs.map((input) => [input.key, input.value])) : null,
        nilai: answer ? answerValue(question, answer).value : null,
        nilaiSubKomponen: round2(year.scores.subcomponents.get(sub.code)!.score),
        alasan: answer?.justification ?? null,
        sumber: answer?.source ?? null,
        bukti: (answer?.evidence ?? []).map((id) => {
          const item = evidence.get(id);
          return { id, judul: item?.title ?? id, alamat: item ? (item.external ? item.href : href(item.href)) : '', sha256: item?.file?.sha256 ?? null };
        }),
        diubah: answer ? answer.updated.toISOString().slice(0, 10) : null,
        indikatorRencana: (year.coverage.get(question.code) ?? []).map((m) => ({ indikator: m.indicator, pembacaan: m.reading, alasan: m.reason ?? null })),
      };
    }),
  );
}

export function exportJson(year: LkeYear, rows: readonly ExportRow[]) {
  const { scores } = year;
  return {
    keterangan: SELF_ASSESSMENT_LABEL,
    tahun: year.year,
    sumber: `${LKE.source.title}, ${LKE.source.lampiran}`,
    pembacaan: { pilihan: OPTION_READING, persentase: PERCENT_READING, hasil: HASIL_READING, subKomponen: MEAN_READING },
    terjawab: scores.answered,
    pertanyaan: scores.questions,
    nilai: {
      total: round2(scores.total),
      komponen: Object.fromEntries([...scores.components].map(([code, value]) => [code, round2(value)])),
      bagian: Object.fromEntries([...scores.parts].map(([code, value]) => [code, round2(value)])),
      area: scores.areas.map((area) => ({ area: area.number, nama: area.name, bobot: area.weight, nilai: round2(area.score) })),
    },
    persyaratan: scores.requirements.map((check) => ({ syarat: check.requirement.label, nilai: check.value, menujuWbk: check.requirement.wbk, memenuhiWbk: check.wbk, kurang: check.shortfall })),
    baris: rows,
  };
}

const CSV_FIELDS = ['kode', 'komponen', 'bagian', 'area', 'sub_komponen', 'bobot_sub_komponen', 'pertanyaan', 'jenis_jawaban', 'jawaban', 'isian', 'nilai', 'nilai_sub_komponen', 'alasan', 'sumber', 'bukti', 'bukti_sha256', 'diubah', 'indikator_rencana', 'keterangan'];

export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv(CSV_FIELDS, rows.map((row) => [
    row.kode, row.komponen, row.bagian, row.area, row.subKomponen, row.bobotSubKomponen, row.pertanyaan, row.jenisJawaban,
    row.jawaban ?? 'belum diisi',
    row.isian ? Object.entries(row.isian).map(([key, value]) => `${key}=${value}`).join('; ') : '',
    row.nilai === null ? '' : round2(row.nilai),
    row.nilaiSubKomponen,
    row.alasan ?? '', row.sumber ?? '',
    row.bukti.map((b) => `${b.judul} <${b.alamat}>`).join('; '),
    row.bukti.map((b) => b.sha256 ?? '').join('; '),
    row.diubah ?? '',
    row.indikatorRencana.map((m) => `${m.indikator} (${m.pembacaan})`).join('; '),
    SELF_ASSESSMENT_LABEL,
  ]));
}
