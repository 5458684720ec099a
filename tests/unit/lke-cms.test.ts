/** The CMS forms of the LKE mapping and self-assessment, generated from their schemas. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { buildCmsConfig } from '../../src/lib/cms/config.ts';
import type { CmsCollection, CmsField } from '../../src/lib/cms/fields.ts';
import { LKE_QUESTIONS } from '../../src/lib/lke/lke.ts';

const { content } = loadContent('tests/fixtures/demo');
const collections = buildCmsConfig(content).collections as CmsCollection[];
const fieldsOf = (name: string) => collections.find((c) => c.name === name)!.files![0]!.fields;
const values = (field: CmsField | undefined) => (field?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));

describe('LKE forms in the CMS', () => {
  it('edit content/2022/lke/pemetaan.yaml and penilaian.yaml', () => {
    expect(collections.find((c) => c.name === 'lke-pemetaan-2022')!.files![0]!.file).toBe('content/2022/lke/pemetaan.yaml');
    expect(collections.find((c) => c.name === 'lke-penilaian-2022')!.files![0]!.file).toBe('content/2022/lke/penilaian.yaml');
  });

  it('offers, for each answer type, only its options and only the questions of that type', () => {
    const answers = fieldsOf('lke-penilaian-2022').find((f) => f.name === 'answers')!;
    expect(answers.typeKey).toBe('jenis');
    const byType = new Map(answers.types!.map((type) => [type.name, type.fields!]));
    expect([...byType.keys()]).toEqual(['Ya/Tidak', 'A/B/C', 'A/B/C/D', 'A/B/C/D/E', 'persen', 'nilai-0-4']);
    expect(values(byType.get('Ya/Tidak')!.find((f) => f.name === 'answer'))).toEqual(['Ya', 'Tidak']);
    expect(values(byType.get('A/B/C/D')!.find((f) => f.name === 'answer'))).toEqual(['A', 'B', 'C', 'D']);
    expect(byType.get('persen')!.find((f) => f.name === 'answer')).toBeUndefined();
    for (const [type, fields] of byType) {
      expect(values(fields.find((f) => f.name === 'question')), type).toEqual(LKE_QUESTIONS.filter((q) => q.answerType === type).map((q) => q.code));
    }
  });

  it('picks evidence from the year’s own items, and mapping indicators from the year’s plan', () => {
    const fields = fieldsOf('lke-penilaian-2022').find((f) => f.name === 'answers')!.types![0]!.fields!;
    const evidence = values(fields.find((f) => f.name === 'evidence'));
    expect(evidence).toContain('contoh-foto-apel-pagi');
    expect(evidence.length).toBe(content.entries.evidence.filter((item) => item.file.includes('2022/bukti/')).length);
    const mapping = fieldsOf('lke-pemetaan-2022').find((f) => f.name === 'mappings')!.fields!;
    expect(values(mapping.find((f) => f.name === 'indicator'))).toHaveLength(65);
    expect(values(mapping.find((f) => f.name === 'reading'))).toEqual(['sama', 'tafsiran']);
  });
});
