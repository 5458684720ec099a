/** Name of the editor's own date widget (src/client/cms-date-widget.ts), shared by the config and the page. */
export const DATE_WIDGET = 'tanggal';
