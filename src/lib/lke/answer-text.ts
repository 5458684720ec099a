import type { LkeQuestion } from '../../schemas/lke.ts';
import type { ScoredAnswer } from './score.ts';
import { formatNumber } from '../format.ts';

/** An answer as read by people: the option, the survey index, or each number of a percentage row with its label. */
export function answerText(question: LkeQuestion, answer: ScoredAnswer): string {
  if (answer.jenis === 'persen') return answer.inputs.map((input) => `${question.inputs.find((i) => i.key === input.key)?.label ?? input.key}: ${formatNumber(input.value)}`).join('; ');
  if (answer.jenis === 'nilai-0-4') return formatNumber(answer.value, 2);
  return answer.answer;
}
