import { existsSync } from 'node:fs';
import { readContentFile } from '../content-file.ts';
import { getCollection } from 'astro:content';
import { contentRoot } from '../content-root.ts';
import { once } from '../memo.ts';
import { parseResponses, responsesPath } from './responses.ts';
import { buildSurvey, byPeriod, type Survey } from './result.ts';

// Each survey's responses.csv is parsed once per build, however many pages show it.
async function loadSurveys(): Promise<Survey[]> {
  const root = contentRoot();
  const entries = await getCollection('surveys');
  return entries
    .map((entry) => {
      const path = responsesPath(root, entry.id, entry.data.responses);
      if (entry.data.type !== 'skm' || !existsSync(path)) return buildSurvey(entry.id, entry.data);
      const { responses, issues } = parseResponses(readContentFile(root, path));
      // The content guard has already rejected invalid files; this only guards against bypassing it.
      if (!responses) throw new Error(`${path}:${issues[0]?.line ?? 1}: ${issues[0]?.message ?? 'tidak sah'}`);
      return buildSurvey(entry.id, entry.data, responses);
    })
    .sort(byPeriod);
}

/** Every published survey with its computed results, oldest first. */
export const getSurveys: () => Promise<Survey[]> = once(loadSurveys);
