/** Site paths of the change log (before the base path). Page 1 is /riwayat/, then /riwayat/2/, … */
export const historyPath = (page = 1) => (page <= 1 ? '/riwayat/' : `/riwayat/${page}/`);
export const historyFeedPath = () => '/riwayat/feed.xml';
export const historyDataPath = () => '/data/riwayat.json';
/** Fragment of one commit's entry on its page. */
export const historyAnchor = (commitId: string) => `c-${commitId}`;
