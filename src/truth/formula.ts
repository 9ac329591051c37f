/**
 * The formula of a derived row, e.g. `value(2018-12-31) / 1.71` or
 * `value(2021-12-31) - value(2017-12-31)`: numbers, + - * /, parentheses, and `value(DATE)` (the
 * row of the same series at DATE) or `value(SERIES, DATE)` (another series of the dataset).
 */

/** A reference to a row that a formula reads. */
export interface FormulaInput {
  series?: string;
  date: string;
}

/** A formula that cannot be read; `message` says where. */
export class FormulaError extends Error {}

type Token = { kind: 'number'; value: number } | { kind: 'op'; value: string } | { kind: 'ref'; ref: FormulaInput };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(value\(\s*(?:([a-z0-9][a-z0-9_-]*)\s*,\s*)?(\d{4}-\d{2}-\d{2})\s*\))|(\d+(?:\.\d+)?(?:e[-+]?\d+)?)|([-+*/()]))/giy;
  let index = 0;
  while (index < formula.length) {
    if (/^\s*$/.test(formula.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(formula);
    if (!match) throw new FormulaError(`cannot read the formula from "${formula.slice(index)}" (write numbers, + - * /, parentheses and value(YYYY-MM-DD))`);
    if (match[1]) tokens.push({ kind: 'ref', ref: { date: match[3]!, ...(match[2] ? { series: match[2] } : {}) } });
    else if (match[4]) tokens.push({ kind: 'number', value: Number(match[4]) });
    else tokens.push({ kind: 'op', value: match[5]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

/** The rows a formula reads, in order. */
export function formulaInputs(formula: string): FormulaInput[] {
  return tokenize(formula).flatMap((token) => (token.kind === 'ref' ? [token.ref] : []));
}

/** Evaluates a formula; `valueOf` returns the value of the row a `value(…)` names. */
export function evaluateFormula(formula: string, valueOf: (input: FormulaInput) => number): number {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++];

  function expression(): number {
    let result = term();
    for (let token = peek(); token?.kind === 'op' && (token.value === '+' || token.value === '-'); token = peek()) {
      take();
      result = token.value === '+' ? result + term() : result - term();
    }
    return result;
  }
  function term(): number {
    let result = factor();
    for (let token = peek(); token?.kind === 'op' && (token.value === '*' || token.value === '/'); token = peek()) {
      take();
      result = token.value === '*' ? result * factor() : result / factor();
    }
    return result;
  }
  function factor(): number {
    const token = take();
    if (!token) throw new FormulaError(`formula "${formula}" ends too early`);
    if (token.kind === 'number') return token.value;
    if (token.kind === 'ref') return valueOf(token.ref);
    if (token.value === '-') return -factor();
    if (token.value === '(') {
      const inner = expression();
      const close = take();
      if (close?.kind !== 'op' || close.value !== ')') throw new FormulaError(`formula "${formula}" misses a ")"`);
      return inner;
    }
    throw new FormulaError(`formula "${formula}" has "${token.value}" where a number or value(…) belongs`);
  }

  const result = expression();
  if (position < tokens.length) throw new FormulaError(`formula "${formula}" has something left over after a complete expression`);
  return result;
}
