import { channels } from './channels.ts';
import { common } from './common.ts';
import { evidence } from './evidence.ts';
import { home } from './home.ts';
import { plan } from './plan.ts';
import { progress } from './progress.ts';
import { survey } from './survey.ts';
import { search } from './search.ts';
import { history } from './history.ts';
import { lke } from './lke.ts';

/** Every visitor-facing string, Indonesian, keyed by a flat dotted name. One module per part of the site. */
export const dictionary = { ...common, ...home, ...plan, ...progress, ...survey, ...evidence, ...channels, ...search, ...history, ...lke } as const;

export type MessageKey = keyof typeof dictionary;
