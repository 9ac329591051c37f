/**
 * Numbers and dates for chart text, per locale.
 * Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), as CNNIC and Tencent write them:
 * 6.18亿, 4296万, 2.53万亿元 (no thousands separator is needed below 万, since a 万 group
 * has at most four digits). English counts in M (10⁶), B (10⁹) and T (10¹²): 618M, 1.03B.
 */
import { langOf, type Lang, type Locale } from '../i18n/index.ts';

/** What a chart's values count; `index` is a derived index (base = 100). */
export type ValueUnit = 'people' | 'accounts' | 'devices' | 'cny' | 'percent' | 'index';

interface Step {
  factor: number;
  suffix: string;
}

const ZH_STEPS: Step[] = [
  { factor: 1e12, suffix: '万亿' },
  { factor: 1e8, suffix: '亿' },
  { factor: 1e4, suffix: '万' },
  { factor: 1, suffix: '' },
];
const EN_STEPS: Step[] = [
  { factor: 1e12, suffix: 'T' },
  { factor: 1e9, suffix: 'B' },
  { factor: 1e6, suffix: 'M' },
  { factor: 1, suffix: '' },
];

/** How each language writes a count: its steps, whether it groups thousands, and yuan. */
const NUMBER_STYLE: Record<Lang, { steps: Step[]; groupsThousands: boolean; yuan: (amount: string) => string }> = {
  zh: { steps: ZH_STEPS, groupsThousands: false, yuan: (amount) => `${amount}元` },
  en: { steps: EN_STEPS, groupsThousands: true, yuan: (amount) => `RMB ${amount}` },
};

function stepFor(magnitude: number, locale: Locale): Step {
  const { steps } = NUMBER_STYLE[langOf(locale)];
  return steps.find((step) => magnitude >= step.factor) ?? steps[steps.length - 1]!;
}

/** Fixed decimals with trailing zeros removed: 6.180 → 6.18, 12.00 → 12. */
function trimmed(value: number, decimals: number, grouping: boolean): string {
  const text = value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: grouping });
  return text === '-0' ? '0' : text;
}

/** Puts the currency around a scaled number: zh 39.78亿元, en RMB 39.78B. */
function withUnit(number: string, suffix: string, unit: ValueUnit, locale: Locale): string {
  if (unit === 'percent') return `${number}%`;
  if (unit === 'cny') return NUMBER_STYLE[langOf(locale)].yuan(`${number}${suffix}`);
  return `${number}${suffix}`;
}

export interface FormatOptions {
  /** Write a + before positive numbers (for changes). */
  signed?: boolean;
  /** Most decimals to show (default: 4 for scaled counts, 1 for percent, 0 for small counts). */
  decimals?: number;
}

/**
 * A value for a reader: exact to the data's precision (up to six decimals of the unit), e.g. zh `10.976亿`, en `1.0976B`,
 * `RMB 39.78B`, `47.7%`. Trailing zeros are dropped.
 */
export function formatValue(value: number, unit: ValueUnit, locale: Locale, options: FormatOptions = {}): string {
  const sign = value < 0 ? '−' : options.signed && value > 0 ? '+' : '';
  const magnitude = Math.abs(value);
  if (unit === 'percent' || unit === 'index') {
    const text = trimmed(magnitude, options.decimals ?? 1, true);
    return sign + (unit === 'percent' ? `${text}%` : text);
  }
  const step = stepFor(magnitude, locale);
  const decimals = options.decimals ?? (step.factor === 1 ? 0 : 6);
  // Chinese 万 groups hold at most four digits, so no separator is needed there.
  const grouping = NUMBER_STYLE[langOf(locale)].groupsThousands || step.factor === 1;
  return sign + withUnit(trimmed(magnitude / step.factor, decimals, grouping), step.suffix, unit, locale);
}

/** Decimals needed to write a tick step exactly: 2 → 0, 0.5 → 1, 2.5 → 1, 0.25 → 2. */
function stepDecimals(step: number): number {
  return (String(Number(step.toFixed(8))).split('.')[1] ?? '').length;
}

/**
 * Axis tick labels: all ticks share the scale of the largest one (0, 2亿, 4亿 … not 5000万, 1亿),
 * with just enough decimals for the tick step.
 */
export function tickFormatter(ticks: readonly number[], unit: ValueUnit, locale: Locale): (value: number) => string {
  const largest = Math.max(...ticks.map(Math.abs), 0);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : largest || 1;
  if (unit === 'percent' || unit === 'index') {
    const decimals = stepDecimals(step);
    return (value) => (value === 0 ? '0' : `${value < 0 ? '−' : ''}${trimmed(Math.abs(value), decimals, true)}${unit === 'percent' ? '%' : ''}`);
  }
  const scale = stepFor(largest, locale);
  const decimals = stepDecimals(step / scale.factor);
  const grouping = NUMBER_STYLE[langOf(locale)].groupsThousands || scale.factor === 1;
  return (value) => {
    if (value === 0) return '0';
    const sign = value < 0 ? '−' : '';
    return sign + withUnit(trimmed(Math.abs(value) / scale.factor, decimals, grouping), scale.suffix, unit, locale);
  };
}
