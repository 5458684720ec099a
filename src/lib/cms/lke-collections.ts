/**
 * The CMS forms of a year's LKE content: the plan-to-LKE mapping and the self-assessment, one file
 * each (content/<year>/lke/pemetaan.yaml, penilaian.yaml). Fields come from the zod schemas like every
 * other form; only the choices are filled in here: the year's indicators, the LKE's questions (listed
 * with their answer type, so the right "jenis" is picked), the percentage rows' input keys, the
 * year's evidence items.
 */
import { cmsText } from '../../i18n/cms.ts';
import type { ContentSet } from '../content-check/load.ts';
import { LKE_QUESTIONS } from '../lke/lke.ts';
import { fieldsOf, type CmsCollection, type CmsField } from './fields.ts';
import type { CmsOptions, Option } from './plan-options.ts';

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const QUESTION_OPTIONS: Option[] = LKE_QUESTIONS.map((q) => ({ value: q.code, label: `${q.code} [${q.answerType}] ${clip(q.text)}` }));
const INPUT_OPTIONS: Option[] = LKE_QUESTIONS.flatMap((q) => q.inputs.map((input) => ({ value: input.key, label: `${q.code}: ${clip(input.label, 60)}` })))
  .filter((option, index, all) => all.findIndex((other) => other.value === option.value) === index);

const select = (options: Option[], multiple = false) => (field: CmsField): CmsField => {
  const { name, label, required, hint } = field;
  return { name, label, required, ...(hint ? { hint } : {}), widget: 'select', options, ...(multiple ? { multiple: true } : {}) };
};

/** In each answer type's form, the question list offers only the questions of that type. */
function questionsOfEachType(field: CmsField): CmsField {
  if (field.name !== 'answers' || !field.types) return field;
  return {
    ...field,
    types: field.types.map((type) => ({
      ...type,
      fields: type.fields?.map((child) => (child.name === 'question' ? { ...child, options: QUESTION_OPTIONS.filter((option) => LKE_QUESTIONS.find((q) => q.code === option.value)?.answerType === type.name) } : child)),
    })),
  };
}

export function lkeCollections(year: number, content: ContentSet, options: CmsOptions): CmsCollection[] {
  const plan = options.years.find((y) => y.year === year)!;
  const evidence = options.evidence.filter((option) => content.entries.evidence.some((item) => item.id === option.value && item.file.includes(`${year}/bukti/`)));
  const file = (name: string) => `content/${year}/lke/${name}.yaml`;
  const label = (text: string) => text.replace('{year}', String(year));
  return [
    {
      name: `lke-pemetaan-${year}`,
      label: label(cmsText.lkeMappingFile),
      delete: false,
      files: [{
        name: 'pemetaan',
        label: label(cmsText.lkeMappingFile),
        file: file('pemetaan'),
        fields: fieldsOf('lkeMappings', { 'mappings.indicator': select(plan.indicators), 'mappings.questions': select(QUESTION_OPTIONS, true) }),
      }],
    },
    {
      name: `lke-penilaian-${year}`,
      label: label(cmsText.lkeAssessmentFile),
      delete: false,
      files: [{
        name: 'penilaian',
        label: label(cmsText.lkeAssessmentFile),
        file: file('penilaian'),
        fields: fieldsOf('lkeAssessments', {
          'answers.question': select(QUESTION_OPTIONS),
          'answers.evidence': select(evidence, true),
          'answers.inputs.key': select(INPUT_OPTIONS),
        }).map(questionsOfEachType),
      }],
    },
  ];
}
