import type { Survey } from './result.ts';
import { getSurveys } from './data.ts';

/** One route per survey: `/survei/skm-2023-semester-1/`. */
export async function surveyPaths() {
  return (await getSurveys()).map((survey) => ({ params: { id: survey.id }, props: { survey } }));
}

export interface SurveyProps {
  survey: Survey;
}
