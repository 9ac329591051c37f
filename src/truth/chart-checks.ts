/**
 * Checks that a chart's words agree with its data: every trend claim holds on the plotted values,
 * a title, dek or alt text with a trend word declares its claims, and every figure written in the
 * title, dek, alt text or annotations (with a magnitude, a currency or a %) is a value of the data.
 */
import type { ChartSpec } from '../schemas/chart.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { Claim } from '../schemas/truth.ts';
import { chartData, type ChartPoint, type SeriesData } from '../charts/data.ts';
import { numbersIn, roundsTo, sameNumber } from './numbers.ts';

/** A problem at a path inside the chart spec; the loader turns the path into a line. */
export interface ChartProblem {
  path: (string | number)[];
  message: string;
}

/** Words that state a trend; a text that uses one must declare `claims:`. */
const TREND_WORDS = [
  /\b(?:fewer|more and more|ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell|grow(?:s|ing)?|grew|declin\w*|drop(?:s|ped)?|peak\w*|overt(?:ake|akes|ook|aking)|pass(?:es|ed)|slow\w*|shr[iu]nk\w*|stall\w*|barely moved)\b/i,
  /越来越|增长|增至|降至|下降|下滑|回落|减少|超过|超越|反超|见顶|触顶|峰值|放缓|停滞|停了下来|上升|攀升|反弹/,
];

const show = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

function pointsIn(points: ChartPoint[], claim: { from?: string; to?: string }): ChartPoint[] {
  return points.filter((p) => (!claim.from || p.date >= claim.from) && (!claim.to || p.date <= claim.to));
}

/** Why a claim is false, or undefined when it holds. */
export function claimProblem(claim: Claim, seriesOf: (id: string | undefined) => SeriesData): string | undefined {
  const name = claim.kind;
  if (claim.kind === 'overtakes') {
    const a = seriesOf(claim.series);
    const b = new Map(seriesOf(claim.over).points.map((p) => [p.date, p.value]));
    const shared = a.points.filter((p) => b.has(p.date));
    if (shared.length === 0) return `"${claim.series}" and "${claim.over}" have no date in common`;
    const first = shared.find((p) => p.value > b.get(p.date)!);
    if (!first) return `"${claim.series}" is never above "${claim.over}"`;
    if (first.date !== claim.at) return `"${claim.series}" first rises above "${claim.over}" on ${first.date}, not ${claim.at}`;
    const later = shared.find((p) => p.date > claim.at && p.value <= b.get(p.date)!);
    return later ? `"${claim.series}" falls back to or below "${claim.over}" on ${later.date}` : undefined;
  }
  if (claim.kind === 'outgrows') {
    const growth = (s: SeriesData) => s.points.at(-1)!.value / s.points[0]!.value;
    const [a, b] = [growth(seriesOf(claim.series)), growth(seriesOf(claim.over))];
    return a > b ? undefined : `"${claim.series}" grows ×${show(a)} but "${claim.over}" ×${show(b)}`;
  }
  const points = pointsIn(seriesOf(claim.series).points, claim);
  if (points.length < 2) return `it needs at least two values, and the range has ${points.length}`;
  const [first, last] = [points[0]!, points.at(-1)!];
  switch (claim.kind) {
    case 'rises':
      return last.value > first.value ? undefined : `the last value (${last.date}: ${show(last.value)}) is not above the first (${first.date}: ${show(first.value)})`;
    case 'falls':
      return last.value < first.value ? undefined : `the last value (${last.date}: ${show(last.value)}) is not below the first (${first.date}: ${show(first.value)})`;
    case 'fewer-every-year':
    case 'more-every-year':
    case 'never-falls': {
      for (let i = 1; i < points.length; i++) {
        const [before, now] = [points[i - 1]!, points[i]!];
        const wrong = name === 'fewer-every-year' ? now.value >= before.value : name === 'more-every-year' ? now.value <= before.value : now.value < before.value;
        if (wrong) {
          const word = now.value > before.value ? 'more than' : now.value < before.value ? 'less than' : 'the same as';
          return `${now.date} (${show(now.value)}) is ${word} ${before.date} (${show(before.value)})`;
        }
      }
      return undefined;
    }
    case 'flat': {
      const out = points.find((p) => Math.abs(p.value / first.value - 1) * 100 > claim.within);
      return out ? `${out.date} (${show(out.value)}) is ${show(Math.abs(out.value / first.value - 1) * 100)}% away from ${first.date} (${show(first.value)}), more than ${claim.within}%` : undefined;
    }
    case 'peaks': {
      const top = points.reduce((max, p) => (p.value > max.value ? p : max));
      return top.date.slice(0, 7) === claim.at.slice(0, 7) ? undefined : `the highest value is on ${top.date} (${show(top.value)}), not ${claim.at}`;
    }
  }
}

/** Figures in a text that name a quantity: a magnitude word, a currency or a percent sign. */
function figuresIn(text: string) {
  return numbersIn(text).filter((n) => {
    if (n.hasMagnitude || n.percent) return true;
    const at = text.indexOf(n.text);
    return /(?:RMB|¥|US\$|\$)\s*$/.test(text.slice(0, Math.max(0, at))) || /^\s*元/.test(text.slice(at + n.text.length));
  });
}

/** Every problem with the chart's words against its data. */
export function chartTruthProblems(chart: ChartSpec, datasets: ReadonlyMap<string, Dataset>): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const data = chartData(chart, datasets);
  const seriesOf = (id: string | undefined, path: (string | number)[]) => {
    if (id === undefined) return data[0]!;
    const index = chart.series.findIndex((s) => s.series === id);
    if (index < 0) throw Object.assign(new Error(`unknown series "${id}" (the chart plots ${chart.series.map((s) => s.series).join(', ')})`), { path });
    return data[index]!;
  };

  chart.claims.forEach((claim, index) => {
    const path = ['claims', index];
    try {
      const problem = claimProblem(claim, (id) => seriesOf(id, [...path, 'series']));
      if (problem) problems.push({ path, message: `claim "${claim.kind}" is false: ${problem}. Reword the title, dek or alt text and the claim, or correct the data.` });
    } catch (error) {
      const path = (error as { path?: (string | number)[] }).path;
      if (!path) throw error;
      problems.push({ path, message: `${(error as Error).message}. Use a series id the chart plots.` });
    }
  });

  const texts: [(string | number)[], string][] = [];
  for (const field of ['title', 'dek', 'alt'] as const) for (const lang of ['zh', 'en'] as const) texts.push([[field, lang], chart[field][lang]]);
  chart.annotations.forEach((a, i) => texts.push([['annotations', i, 'label', 'en'], a.label.en], [['annotations', i, 'label', 'zh'], a.label.zh]));

  if (chart.claims.length === 0) {
    for (const [path, text] of texts.filter(([path]) => path[0] !== 'annotations')) {
      const word = TREND_WORDS.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
      if (word) {
        problems.push({ path, message: `${path.join('.')} states a trend ("${word}") but the chart declares no claims. Add claims: (e.g. - {kind: rises}) so the build can check it against the data.` });
        break;
      }
    }
  }

  // Values a figure in the words may give: plotted values, their input rows, and percentage
  // changes between two values of one series ("grew about 55%").
  const values: number[] = [];
  const changes: number[] = [];
  for (const series of data) {
    const own = [...new Map(series.points.flatMap((p) => [[p.date, p.value] as const])).values()];
    const rows = [...new Set(series.points.flatMap((p) => p.inputs.map((input) => input.row.value)))];
    values.push(...own, ...rows);
    for (const list of [own, rows]) for (const a of list) for (const b of list) if (a !== 0) changes.push((b / a - 1) * 100);
  }
  for (const [path, text] of texts) {
    for (const figure of figuresIn(text)) {
      const candidates = figure.percent ? [...values, ...changes] : values;
      const found = candidates.some((v) => sameNumber(v, figure.value) || roundsTo(v, figure.value, figure.step));
      if (!found) problems.push({ path, message: `${path.join('.')} says "${figure.text}", which is not a value of the chart's data (nor a change between two of its values) at that precision. Write the figure the data give, or correct the data.` });
    }
  }
  return problems;
}
