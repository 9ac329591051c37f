import { storyPath, type Locale } from '../../i18n/index.ts';

/** Root-relative path of the corrections page in a locale: `/corrections/`, `/en/corrections/`. */
export function correctionsPath(locale: Locale): string {
  return `${storyPath(locale)}corrections/`;
}
