/**
 * Name of the editor's own date widget (src/client/cms-date-widget.ts), shared by the config and the
 * page. It takes the name of Decap's old "date" widget on purpose: Decap reads the date of a slug
 * (`{{year}}-{{month}}`) only from a field whose widget is called "datetime" or "date".
 */
export const DATE_WIDGET = 'date';
