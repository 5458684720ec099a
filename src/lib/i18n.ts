import { dictionary, type MessageKey } from '../i18n/index.ts';

/** Looks up a visitor-facing string and fills its `{placeholders}`. A missing value is a bug, so it throws. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`t("${key}"): nilai untuk {${name}} tidak diberikan`);
    return String(values[name]);
  });
}
