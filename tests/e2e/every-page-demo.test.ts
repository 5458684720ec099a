// Every built page of the demo build (its own file so it runs beside the production one).
import { everyPageSuite } from './support/every-page.ts';

everyPageSuite('demo');
