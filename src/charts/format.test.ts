import { describe, expect, test } from 'vitest';
import { formatValue, tickFormatter } from './format.ts';

describe('values in Chinese use 万, 亿 and 万亿', () => {
  test.each([
    [618000000, 'people', '6.18亿'],
    [1032000000, 'people', '10.32亿'],
    [1097600000, 'accounts', '10.976亿'],
    [42960000, 'people', '4296万'],
    [9620000, 'devices', '962万'],
    [39780000000, 'cny', '397.8亿元'],
    [2532350000000, 'cny', '2.53235万亿元'],
    [526, 'cny', '526元'],
    [47.7, 'percent', '47.7%'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 'zh-CN')).toBe(expected);
  });
});

describe('values in English use M, B and T', () => {
  test.each([
    [618000000, 'people', '618M'],
    [1268000000, 'accounts', '1.268B'],
    [244700000, 'people', '244.7M'],
    [39780000000, 'cny', 'RMB 39.78B'],
    [2532350000000, 'cny', 'RMB 2.53235T'],
    [526.26, 'cny', 'RMB 526'],
    [12.6, 'percent', '12.6%'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit, 'en')).toBe(expected);
  });
});

test('changes are signed, with a real minus sign', () => {
  expect(formatValue(145000000, 'accounts', 'zh-CN', { signed: true })).toBe('+1.45亿');
  expect(formatValue(145000000, 'accounts', 'en', { signed: true })).toBe('+145M');
  expect(formatValue(-4, 'percent', 'en', { signed: true })).toBe('−4%');
  expect(formatValue(9.5744, 'percent', 'zh-CN', { signed: true })).toBe('+9.6%');
});

test('ticks share the unit of the largest tick and the decimals of the step', () => {
  const ticks = [0, 2e8, 4e8, 6e8, 8e8, 1e9, 1.2e9];
  expect(ticks.map(tickFormatter(ticks, 'people', 'zh-CN'))).toEqual(['0', '2亿', '4亿', '6亿', '8亿', '10亿', '12亿']);
  expect(ticks.map(tickFormatter(ticks, 'people', 'en'))).toEqual(['0', '0.2B', '0.4B', '0.6B', '0.8B', '1B', '1.2B']);
  const small = [0, 5e7, 1e8, 1.5e8];
  expect(small.map(tickFormatter(small, 'accounts', 'zh-CN'))).toEqual(['0', '0.5亿', '1亿', '1.5亿']);
  expect(small.map(tickFormatter(small, 'accounts', 'en'))).toEqual(['0', '50M', '100M', '150M']);
  expect([0, 2.5, 5].map(tickFormatter([0, 2.5, 5], 'percent', 'en'))).toEqual(['0', '2.5%', '5%']);
});
