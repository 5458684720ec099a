import { fileRoute, route } from '../route.ts';

/** The change log: page 1 is /riwayat/, then /riwayat/2/, … */
export const historyPath = (page = 1) => (page <= 1 ? route('riwayat') : route('riwayat', page));
export const historyFeedPath = () => fileRoute('riwayat', 'feed.xml');
export const historyDataPath = () => fileRoute('data', 'riwayat.json');
export const historySchemaPath = () => fileRoute('data', 'riwayat.schema.json');
/** Fragment of one commit's entry on its page. */
export const historyAnchor = (commitId: string) => `c-${commitId}`;
