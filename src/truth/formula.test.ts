import { describe, expect, it } from 'vitest';
import { FormulaError, evaluateFormula, formulaInputs } from './formula.ts';

const rows: Record<string, number> = { '2018-12-31': 418.5e6, '2017-06-30': 466e6, 'other 2017-06-30': 10 };
const valueOf = ({ series, date }: { series?: string; date: string }) => rows[series ? `${series} ${date}` : date]!;

describe('derived-row formulas', () => {
  it('computes with value(DATE), numbers, + - * / and parentheses, in the usual order', () => {
    expect(evaluateFormula('value(2018-12-31) / 1.71', valueOf)).toBeCloseTo(244_736_842, 0);
    expect(evaluateFormula('value(2017-06-30) - 12e6', valueOf)).toBe(454e6);
    expect(evaluateFormula('(value(2017-06-30) - 6e6) / 2 + 1', valueOf)).toBe(230e6 + 1);
    expect(evaluateFormula('value(other, 2017-06-30) * -2', valueOf)).toBe(-20);
  });

  it('lists the rows a formula reads', () => {
    expect(formulaInputs('value(2018-12-31) - value(other, 2017-06-30)')).toEqual([{ date: '2018-12-31' }, { series: 'other', date: '2017-06-30' }]);
  });

  it('rejects what it cannot read', () => {
    expect(() => evaluateFormula('value(2018-12-31) / ', valueOf)).toThrow(FormulaError);
    expect(() => evaluateFormula('418.5e6 x 2', valueOf)).toThrow(/cannot read/);
    expect(() => evaluateFormula('(1 + 2', valueOf)).toThrow(/misses a "\)"/);
  });
});
