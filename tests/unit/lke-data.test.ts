/**
 * The published LKE against Lampiran III of PermenPANRB 90/2021 as read by eye from the rendered
 * pages 66–87 (and Tabel 6 on page 58) — not from the importer's output — and the importer against
 * the committed data.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LKE, LKE_QUESTIONS } from '../../src/lib/lke/lke.ts';
import { importLke, LKE_JSON, LKE_PDF, serialise } from '../../scripts/import-lke.ts';
import { readWords, toLines } from '../../scripts/lke/lke-pdf.ts';
import { parseLke } from '../../scripts/lke/lke-structure.ts';
import { splitOptions, titleCase } from '../../scripts/lke/lke-build.ts';

/** [code, weight, number of questions] of every sub-component, read from the PDF's Penilaian and Bobot columns. */
const READ_FROM_PDF: [string, number, number][] = [
  ['A.I.1.i', 0.5, 2], ['A.I.1.ii', 1, 3], ['A.I.1.iii', 1, 3], ['A.I.1.iv', 1.5, 4],
  ['A.I.2.i', 1, 3], ['A.I.2.ii', 2, 4], ['A.I.2.iii', 0.5, 2],
  ['A.I.3.i', 0.25, 3], ['A.I.3.ii', 0.5, 3], ['A.I.3.iii', 1.25, 6], ['A.I.3.iv', 2, 4], ['A.I.3.v', 0.75, 1], ['A.I.3.vi', 0.25, 1],
  ['A.I.4.i', 2.5, 3], ['A.I.4.ii', 2.5, 8],
  ['A.I.5.i', 1.5, 2], ['A.I.5.ii', 1.5, 4], ['A.I.5.iii', 1.5, 4], ['A.I.5.iv', 1.5, 3], ['A.I.5.v', 1.5, 5],
  ['A.I.6.i', 1, 4], ['A.I.6.ii', 1, 6], ['A.I.6.iii', 1, 3], ['A.I.6.iv', 1, 3], ['A.I.6.v', 1, 3],
  ['A.II.1.i', 2, 2], ['A.II.1.ii', 1, 1], ['A.II.1.iii', 1, 1],
  ['A.II.2.i', 0.5, 1], ['A.II.2.ii', 1, 2], ['A.II.2.iii', 2, 3],
  ['A.II.3.i', 1.5, 1], ['A.II.3.ii', 1.5, 1], ['A.II.3.iii', 2, 1],
  ['A.II.4.i', 2, 1], ['A.II.4.ii', 1.5, 1], ['A.II.4.iii', 1.5, 1],
  ['A.II.5.i', 2.5, 1], ['A.II.5.ii', 3, 1], ['A.II.5.iii', 2, 2],
  ['A.II.6.i', 2.5, 2], ['A.II.6.ii', 2.5, 1],
  ['B.I.a', 17.5, 1], ['B.I.b', 5, 1], ['B.II.a', 17.5, 1],
];

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

describe('LKE data against Lampiran III', () => {
  it('has Pengungkit 60 = Pemenuhan 30 + Reform 30 and Hasil 40 = 22,50 + 17,50', () => {
    expect(LKE.components.map((c) => [c.code, c.name, c.weight])).toEqual([['A', 'Pengungkit', 60], ['B', 'Hasil', 40]]);
    expect(LKE.parts.map((p) => [p.code, p.weight])).toEqual([['A.I', 30], ['A.II', 30], ['B.I', 22.5], ['B.II', 17.5]]);
    expect(LKE.parts.map((p) => p.name)).toEqual(['Pemenuhan', 'Reform', 'Birokrasi yang Bersih dan Akuntabel', 'Pelayanan Publik yang Prima']);
  });

  it('has the six areas weighing 8, 7, 10, 10, 15, 10, each half Pemenuhan and half Reform', () => {
    expect(LKE.areas.map((a) => a.weight)).toEqual([8, 7, 10, 10, 15, 10]);
    for (const area of LKE.areas) expect(area.weights).toEqual({ 'A.I': area.weight / 2, 'A.II': area.weight / 2 });
    expect(LKE.areas.map((a) => a.name)).toEqual(['Manajemen Perubahan', 'Penataan Tatalaksana', 'Penataan Sistem Manajemen SDM Aparatur', 'Penguatan Akuntabilitas', 'Penguatan Pengawasan', 'Peningkatan Kualitas Pelayanan Publik']);
  });

  it('has every sub-component with the weight and number of questions printed in the PDF, in row order', () => {
    expect(LKE.subcomponents.map((s) => [s.code, s.weight, s.questions.length])).toEqual(READ_FROM_PDF);
  });

  it('adds up: sub-components to areas, areas to parts', () => {
    for (const area of LKE.areas) for (const [part, weight] of Object.entries(area.weights)) {
      expect(sum(LKE.subcomponents.filter((s) => s.part === part && s.area === area.number).map((s) => s.weight)), `${part} area ${area.number}`).toBe(weight);
    }
    for (const part of LKE.parts) expect(sum(LKE.subcomponents.filter((s) => s.part === part.code).map((s) => s.weight))).toBe(part.weight);
  });

  it('types each question as printed, with one criterion per option', () => {
    const byCode = new Map(LKE_QUESTIONS.map((q) => [q.code, q]));
    // a few rows read from the PDF's Pilihan Jawaban column
    expect(byCode.get('A.I.1.i.a')!.answerType).toBe('Ya/Tidak');
    expect(byCode.get('A.I.1.i.b')!.answerType).toBe('A/B/C');
    expect(byCode.get('A.I.2.i.b')!.answerType).toBe('A/B/C/D/E');
    expect(byCode.get('A.I.5.i.b')!.answerType).toBe('A/B/C/D');
    expect(byCode.get('A.II.1.i.a')!.answerType).toBe('persen');
    expect(byCode.get('B.I.a')!.answerType).toBe('nilai-0-4');
    expect(byCode.get('B.I.b')!.answerType).toBe('A/B/C/D/E');
    expect(byCode.get('A.I.5.i.a')!.text).toBe('Telah dilakukan public campaign tentang pengendalian gratifikasi');
    expect(byCode.get('A.I.5.i.b')!.options.map((o) => o.option)).toEqual(['A', 'B', 'C', 'D']);
    for (const q of LKE_QUESTIONS) {
      const letters = q.answerType.startsWith('A/') ? q.answerType.split('/') : [];
      expect(q.options.map((o) => o.option), q.code).toEqual(letters);
      if (q.answerType === 'persen') expect(q.formula, q.code).toBeDefined();
    }
    // the PDF prints Pemanfaatan Teknologi Informasi's rows as a, c, b: kept in that order
    expect(LKE.subcomponents.find((s) => s.code === 'A.I.6.v')!.questions.map((q) => q.printed)).toEqual(['a.', 'c.', 'b.']);
  });

  it('keeps the filled-in example: every answer Ya or A (or 100%, or 4,00) worth the full value', () => {
    for (const q of LKE_QUESTIONS) {
      if (q.answerType === 'nilai-0-4') expect(q.example).toEqual({ answer: '4,00', value: 17.5 });
      else if (q.answerType === 'persen') expect(q.example).toEqual({ answer: '100,00%', value: 1 });
      else if (q.code === 'B.I.b') expect(q.example).toEqual({ answer: 'A', value: 5 });
      else expect(q.example, q.code).toEqual({ answer: q.answerType === 'Ya/Tidak' ? 'Ya' : 'A', value: 1 });
    }
    const agents = LKE_QUESTIONS.find((q) => q.code === 'A.II.1.i.a')!;
    expect(agents.inputs.map((i) => [i.label, i.example])).toEqual([['Jumlah Agen Perubahan', 2], ['Jumlah Perubahan yang dibuat', 2]]);
  });

  it('has the requirements of Tabel 6', () => {
    expect(LKE.requirements.map((r) => [r.key, r.wbk, r.wbbm])).toEqual([
      ['total', 75, 85], ['pengungkit', 40, 48], ['area', 60, 75], ['hasil-bersih', 18.25, 19.5],
      ['ipak', 15.75, 15.75], ['kinerja', 2.5, 3.75], ['hasil-pelayanan', 14, 15.75],
    ]);
  });

  it('lists every correction with a reason, and the cut-off fifth criterion of Capaian Kinerja is one', () => {
    for (const c of LKE.corrections) expect(c.reason.length).toBeGreaterThan(10);
    expect(LKE.corrections.find((c) => c.field === 'B.I.b.options.options')?.kind).toBe('tafsiran');
  });
});

describe('LKE importer', () => {
  it.runIf(existsSync(LKE_PDF))('reproduces the committed src/data/lke.json from the PDF, with no unplaced line', () => {
    const { lke, problems } = importLke(LKE_PDF);
    expect(problems).toEqual([]);
    expect(serialise(lke)).toBe(readFileSync(LKE_JSON, 'utf8'));
  });

  it.runIf(existsSync(LKE_PDF))('leaves out the watermark: no word taller than a table line survives', () => {
    const html = execFileSync('pdftotext', ['-f', '74', '-l', '74', '-bbox', LKE_PDF, '-'], { encoding: 'utf8' });
    const words = readWords(html, 74);
    expect(words.length).toBeGreaterThan(100);
    expect(words.every((w) => w.height < 15)).toBe(true);
    expect(words.map((w) => w.text)).not.toContain('ainamulyana');
  });

  it('reports a line it cannot place instead of dropping it', () => {
    const line = { page: 70, y: 300, indent: 400, penilaian: 'teks tanpa tempat', bobot: '', penjelasan: '', pilihan: '', jawaban: '', nilai: '' };
    expect(parseLke([line]).unplaced).toEqual(['halaman 70: teks tanpa tempat']);
  });

  it('puts a weight printed a line below its heading on that heading', () => {
    const base = { page: 69, penjelasan: '', pilihan: '', jawaban: '', nilai: '', bobot: '' };
    const lines = toLines([]).concat([
      { ...base, y: 200, indent: 53, penilaian: 'A. PENGUNGKIT', bobot: '60,00' },
      { ...base, y: 210, indent: 70, penilaian: 'I. PEMENUHAN', bobot: '30,00' },
      { ...base, y: 220, indent: 83, penilaian: '3. PENATAAN SDM', bobot: '5,00' },
      { ...base, y: 230, indent: 97, penilaian: 'i. Perencanaan Kebutuhan Pegawai sesuai dengan' },
      { ...base, y: 235, indent: 294, penilaian: '', bobot: '0,25' },
      { ...base, y: 240, indent: 108, penilaian: 'Kebutuhan Organisasi' },
      { ...base, y: 250, indent: 109, penilaian: 'a. Kebutuhan pegawai disusun', penjelasan: 'Ya, jika disusun.', pilihan: 'Ya/Tidak', jawaban: 'Ya', nilai: '1,00' },
    ]);
    const raw = parseLke(lines);
    expect(raw.subcomponents[0]).toMatchObject({ name: 'Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi', weight: 0.25 });
    expect(raw.subcomponents[0]!.questions[0]).toMatchObject({ printed: 'a.', pilihan: 'Ya/Tidak', exampleAnswer: 'Ya', exampleValue: 1 });
  });

  it('splits criteria at each letter that starts a line, in order only', () => {
    expect(splitOptions(['a. Jika semua', 'lanjutan', 'b. Jika sebagian', 'c.Jika tidak'])).toEqual([['Jika semua', 'lanjutan'], ['Jika sebagian'], ['Jika tidak']]);
    // "e." inside option b's text is not a new option
    expect(splitOptions(['a. satu', 'b. dua', 'e. bukan opsi baru'])).toEqual([['satu'], ['dua', 'e. bukan opsi baru']]);
    expect(titleCase('PENATAAN SISTEM MANAJEMEN SDM APARATUR')).toBe('Penataan Sistem Manajemen SDM Aparatur');
  });
});
