/**
 * Query flags an embed URL may carry, e.g. `/embed/wechat-mau/?theme=dark&plain`.
 *
 *   theme=light|dark|auto  colour scheme (default auto: follow the reader's setting)
 *   plain                  hide the title and dek (for hosts that set their own)
 *   transparent            no background of our own
 *
 * Everything is checked against these fixed lists; anything else is ignored. No value from
 * the URL ever reaches the page: applyFlags only writes the literals below, as attributes.
 */

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedFlags {
  theme: Theme;
  plain: boolean;
  transparent: boolean;
}

export const DEFAULT_FLAGS: EmbedFlags = { theme: 'auto', plain: false, transparent: false };

/** Values that switch a boolean flag on: bare (`?plain`), `1` or `true`. */
const ON = ['', '1', 'true'];

/** Reads the flags from a query string (`location.search`); unknown keys and values are ignored. */
export function parseFlags(search: string): EmbedFlags {
  const params = new URLSearchParams(search);
  const theme = THEMES.find((t) => t === params.get('theme')) ?? DEFAULT_FLAGS.theme;
  const on = (name: string) => params.getAll(name).some((value) => ON.includes(value));
  return { theme, plain: on('plain'), transparent: on('transparent') };
}

/**
 * Sets the flags on the root element as data attributes, which the embed styles read:
 * `data-theme` (light | dark | auto), `data-plain`, `data-transparent`.
 */
export function applyFlags(root: { setAttribute(name: string, value: string): void }, flags: EmbedFlags): void {
  const theme = THEMES.find((t) => t === flags.theme) ?? DEFAULT_FLAGS.theme;
  root.setAttribute('data-theme', theme);
  if (flags.plain) root.setAttribute('data-plain', '');
  if (flags.transparent) root.setAttribute('data-transparent', '');
}
