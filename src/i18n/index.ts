import { channels } from './channels.ts';
import { common } from './common.ts';
import { home } from './home.ts';
import { plan } from './plan.ts';
import { survey } from './survey.ts';

/** Every visitor-facing string, Indonesian, keyed by a flat dotted name. One module per part of the site. */
export const dictionary = { ...common, ...home, ...plan, ...survey, ...channels } as const;

export type MessageKey = keyof typeof dictionary;
