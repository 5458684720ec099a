// Every built page of the production build: see support/every-page.ts for what is checked.
import { everyPageSuite } from './support/every-page.ts';

everyPageSuite('site');
