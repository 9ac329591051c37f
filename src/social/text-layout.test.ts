import { describe, expect, it } from 'vitest';
import { units } from '../charts/line-wrap.ts';
import { fit, measure, wrap } from './text-layout.ts';

const zh = { size: 72, weight: 700, locale: 'zh-CN' } as const;
const en = { size: 64, weight: 700, locale: 'en' } as const;

describe('measure', () => {
  it('counts Chinese characters and full-width punctuation as one em', () => {
    expect(measure('时隔八年后，', zh)).toBe(6 * 72);
  });

  it('measures Latin proportionally: i is narrower than M', () => {
    expect(measure('iiii', en)).toBeLessThan(measure('MMMM', en) / 2);
    expect(measure('Taobao', en)).toBeGreaterThan(6 * 0.4 * 64);
    expect(measure('Taobao', en)).toBeLessThan(6 * 0.7 * 64);
  });

  it('measures English curly quotes narrow (they are drawn in a Latin face)', () => {
    expect(measure('’', en)).toBeLessThan(0.5 * 64);
    expect(measure('’', { ...en, locale: 'zh-CN' })).toBe(64);
  });
});

describe('units', () => {
  it('keeps closing punctuation with the word before', () => {
    const texts = units('时隔八年后，微信群聊对淘宝链接敞开了大门').map((u) => u.text);
    expect(texts.join('')).toBe('时隔八年后，微信群聊对淘宝链接敞开了大门');
    expect(texts.some((t) => t.endsWith('，'))).toBe(true);
    expect(texts.some((t) => t.startsWith('，'))).toBe(false);
  });

  it('keeps opening marks with the word after them', () => {
    const texts = units('关于《微信外部链接内容管理规范》的更新').map((u) => u.text);
    expect(texts.some((t) => t.endsWith('《'))).toBe(false);
    expect(texts.some((t) => t.startsWith('》'))).toBe(false);
  });

  it('breaks Latin only at spaces, with punctuation attached', () => {
    expect(units('Eight years on, WeChat’s chats').map((u) => u.text)).toEqual(['Eight', 'years', 'on,', 'WeChat’s', 'chats']);
  });
});

describe('wrap', () => {
  it('breaks the Chinese headline after its comma, not inside 链接', () => {
    expect(wrap('时隔八年后，微信群聊对淘宝链接敞开了大门', 1040, zh)).toEqual(['时隔八年后，', '微信群聊对淘宝链接敞开了大门']);
  });

  it('never exceeds the width, and loses no text', () => {
    const text = 'Eight years on, WeChat group chats open their doors to Taobao links';
    for (const width of [300, 500, 700, 1040]) {
      const lines = wrap(text, width, en);
      for (const line of lines) expect(measure(line, en)).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(text);
    }
  });

  it('uses the fewest lines, evenly filled', () => {
    const style = { ...en, size: 56 };
    // About 1,880 px of text in 1,040 px lines: two lines, of about 940 px each.
    const lines = wrap('Eight years on, WeChat group chats open their doors to Taobao links', 1040, style);
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => measure(l, style));
    expect(Math.abs(a! - b!)).toBeLessThan(300);
  });

  it('splits a word longer than the line by characters', () => {
    const lines = wrap('Supercalifragilisticexpialidocious', 300, en);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(measure(line, en)).toBeLessThanOrEqual(300);
  });

  it('mixes Chinese and Latin, breaking between them', () => {
    const text = '2021 年 11 月 29 日，微信群聊向淘宝链接开放';
    const lines = wrap(text, 500, { ...zh, size: 40 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of lines) expect(/^[，。、]/.test(line)).toBe(false);
  });
});

describe('fit', () => {
  it('takes the largest size that fits the line limit', () => {
    expect(fit('时隔八年后', 400, 1, [100, 80, 72], { weight: 700, locale: 'zh-CN' })).toEqual({ size: 80, lines: ['时隔八年后'] });
  });

  it('cuts with an ellipsis when nothing fits', () => {
    const { lines } = fit('一二三四五六七八九十'.repeat(10), 400, 2, [40], { weight: 400, locale: 'zh-CN' });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
