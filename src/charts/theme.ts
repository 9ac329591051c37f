/**
 * The light theme's values of the custom properties used by chart.css, read from
 * src/styles/global.css (so colours are defined once, there), for standalone SVG and PNG exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Read at build time from the project root (where `astro build` and the tests run). */
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

/** Custom properties declared in the first `:root { … }` block (the light theme). */
export function lightTheme(css: string = read('src/styles/global.css')): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const theme: Record<string, string> = {};
  for (const match of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) theme[match[1]!] = lightValue(match[2]!.replace(/\s+/g, ' ').trim());
  return theme;
}

/** `light-dark(#fff, #000)` → `#fff`; any other value is returned as it is. */
function lightValue(value: string): string {
  return /^light-dark\(\s*([^,()]+?)\s*,/.exec(value)?.[1] ?? value;
}

/** Fonts for standalone files: the CJK face the PNG renderer loads first, then common ones. */
export const STANDALONE_FONTS = "'Noto Sans Hans', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** chart.css (or another stylesheet of SVG classes) with every `var(--x)` replaced by its light value: for files opened outside the site. */
export function standaloneCss(file = 'src/charts/chart.css'): string {
  const theme: Record<string, string> = { ...lightTheme(), '--font-sans': STANDALONE_FONTS };
  return read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/var\((--[\w-]+)\)/g, (_whole: string, name: string) => {
      const value = theme[name];
      if (!value) throw new Error(`${file} uses ${name}, which src/styles/global.css does not define in :root`);
      return value;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
