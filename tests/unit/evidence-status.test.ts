import { describe, expect, it } from 'vitest';
import { answeredSteps, indicatorEvidence } from '../../src/lib/evidence/status.ts';
import { item } from './support/evidence.ts';

const oneStep = { id: 'I.1.1', actions: [{ step: 'Menyusun SK', evidence: 'SK Tim', months: [1] }] };
const twoSteps = {
  id: 'III.3.5',
  actions: [
    { step: 'Mengusulkan diklat', evidence: 'Usulan diklat', months: [3] },
    { step: 'Memantau', evidence: 'Formulir monitoring', months: [9] },
  ],
};
const stepWithoutEvidence = {
  id: 'V.1.1',
  actions: [
    { step: 'Kampanye', evidence: 'Laporan kampanye', months: [3] },
    { step: 'Rapat', months: [4] },
  ],
};

describe('indicatorEvidence (the status rule)', () => {
  it('is "belum" without any item for the indicator', () => {
    const result = indicatorEvidence(oneStep, [item({ id: 'lain', indicators: ['I.2.1'] })]);

    expect(result.status).toBe('belum');
    expect(result.items).toEqual([]);
  });

  it('is "lengkap" when a minimal item answers the only step with required evidence', () => {
    expect(indicatorEvidence(oneStep, [item({ id: 'sk', indicators: ['I.1.1'] })]).status).toBe('lengkap');
  });

  it('never counts an item whose file the site could not read (e.g. a damaged PDF)', () => {
    const damaged = item({ id: 'rusak', indicators: ['I.1.1'], file: { name: 'rusak.pdf', bytes: 10, mediaType: 'application/pdf', sha256: 'a'.repeat(64), unreadable: 'rusak' } });
    const result = indicatorEvidence(oneStep, [damaged]);

    expect(result.status).toBe('belum');
    expect(result.items).toEqual([damaged]);
    expect(result.steps[0]!.answeredBy).toEqual([]);
  });

  it('ignores steps without decreed evidence', () => {
    expect(indicatorEvidence(stepWithoutEvidence, [item({ id: 'kampanye', indicators: ['V.1.1'] })]).status).toBe('lengkap');
  });

  it('is "sebagian" when items answer only some required steps', () => {
    const result = indicatorEvidence(twoSteps, [item({ id: 'usulan', indicators: ['III.3.5'], satisfies: [1] })]);

    expect(result.status).toBe('sebagian');
    expect(result.steps.map((step) => step.answeredBy)).toEqual([['usulan'], []]);
  });

  it('is "sebagian" for an item that names no step of an indicator with several', () => {
    expect(indicatorEvidence(twoSteps, [item({ id: 'umum', indicators: ['III.3.5'] })]).status).toBe('sebagian');
  });

  it('never counts a related document (satisfies: []): listed with the indicator, status unchanged', () => {
    const related = item({ id: 'keputusan', indicators: ['I.1.1'], satisfies: [] });
    const alone = indicatorEvidence(oneStep, [related]);

    expect(alone.status).toBe('belum');
    expect(alone.items.map((entry) => entry.id)).toEqual(['keputusan']);
    expect(indicatorEvidence(twoSteps, [item({ id: 'r', indicators: ['III.3.5'], satisfies: [] }), item({ id: 'a', indicators: ['III.3.5'], satisfies: [1] })]).status).toBe('sebagian');
  });

  it('is "lengkap" once every required step is answered, by one item or several', () => {
    const separate = [item({ id: 'a', indicators: ['III.3.5'], satisfies: [1] }), item({ id: 'b', indicators: ['III.3.5'], satisfies: [2] })];
    const together = [item({ id: 'c', indicators: ['III.3.5'], satisfies: [1, 2] })];

    expect(indicatorEvidence(twoSteps, separate).status).toBe('lengkap');
    expect(indicatorEvidence(twoSteps, together).status).toBe('lengkap');
  });
});

describe('answeredSteps', () => {
  it('keeps only named steps that require evidence', () => {
    expect(answeredSteps(stepWithoutEvidence, { satisfies: [1, 2] })).toEqual([1]);
  });
});
