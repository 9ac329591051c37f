import { describe, expect, it } from 'vitest';
import { lightTheme, standaloneCss } from './theme.ts';

describe('lightTheme', () => {
  it('takes the light half of light-dark() pairs and plain values as they are', () => {
    const css = ':root {\n  --a: light-dark(#fdfcf9, #161514);\n  --b: #0072b2;\n  --c: 12px;\n}\n:root { --a: red; }';
    expect(lightTheme(css)).toEqual({ '--a': '#fdfcf9', '--b': '#0072b2', '--c': '12px' });
  });

  it('reads the site stylesheet: chart colours resolve to concrete light colours', () => {
    const theme = lightTheme();
    for (const name of ['--chart-1', '--chart-2', '--color-text', '--color-bg']) {
      expect(theme[name], name).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});

describe('standaloneCss', () => {
  it('leaves no custom property or light-dark() for files opened outside the site', () => {
    const css = standaloneCss();
    expect(css).not.toMatch(/var\(|light-dark/);
  });
});
