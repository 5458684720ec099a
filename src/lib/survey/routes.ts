import { route, fileRoute } from '../route.ts';

export const surveysPath = () => route('survei');
export const surveyPath = (id: string) => route('survei', id);
export const surveysDataPath = () => fileRoute('data', 'survei.json');
