import { describe, expect, it } from 'vitest';
import { numberCarrying, numbersIn, precisionOf } from './numbers.ts';

describe('numbers as sources write them', () => {
  it('reads one figure written six ways as the same base-unit value', () => {
    for (const text of ['731.3 million', '7.313亿', '73,130万', '731,300,000', '731.3M', 'rose 36% to 731.3 million']) {
      expect(numberCarrying(text, 731_300_000), text).toBeDefined();
    }
  });

  it('reads 亿元 with thousands separators, 万亿, and a stray space after the decimal point', () => {
    expect(numberCarrying('较2018年的12,643亿元', 1_264_300_000_000)).toBeDefined();
    expect(numberCarrying('20,605.8亿', 2_060_580_000_000)).toBeDefined();
    expect(numberCarrying('3.7031万亿元', 3_703_100_000_000)).toBeDefined();
    expect(numberCarrying('合并月活跃账户数12. 68 亿', 1_268_000_000)).toBeDefined();
  });

  it('reads percentages, with a decimal comma when one or two digits follow it', () => {
    expect(numberCarrying('"36%"', 36)).toBeDefined();
    expect(numberCarrying('Anstieg auf 12,6 % (Vj. 10,6 %)', 12.6)).toBeDefined();
    expect(numbersIn('12,6 %')[0]).toMatchObject({ value: 12.6, percent: true });
  });

  it('ignores qualifiers: the figure after "more than", "约", "近", "超过" is the figure', () => {
    for (const text of ['more than 400 million', 'over 400 million', 'nearly 400 million', '约4亿', '近4亿', '超过4亿']) {
      expect(numberCarrying(text, 400_000_000), text).toBeDefined();
    }
  });

  it('does not find a figure the quote does not say', () => {
    expect(numberCarrying('active buyers rose 36% to 731.3 million', 733_300_000)).toBeUndefined();
    expect(numberCarrying('7.313亿', 731_000_000)).toBeUndefined();
  });

  it('takes a rounded quote only when the row says the quote is rounded, and only at the quote\'s last digit', () => {
    expect(numberCarrying('731 million', 731_300_000)).toBeUndefined();
    expect(numberCarrying('731 million', 731_300_000, { rounded: true })).toBeDefined();
    expect(numberCarrying('731 million', 731_600_000, { rounded: true })).toBeUndefined();
    expect(numberCarrying('8.06亿', 805_700_000, { rounded: true })).toBeDefined();
  });

  it('scales bare table numbers by the unit the table header gives', () => {
    expect(numberCarrying('Sales and marketing expenses | (11,307) | (16,314)', 11_307_000_000)).toBeUndefined();
    expect(numberCarrying('Sales and marketing expenses | (11,307) | (16,314)', 11_307_000_000, { unit: 'million' })).toBeDefined();
  });

  it('knows the step of a figure written in base units', () => {
    expect(precisionOf(536_300_000)).toBe(100_000);
    expect(precisionOf(176.8)).toBeCloseTo(0.1);
    expect(precisionOf(36)).toBe(1);
  });
});
