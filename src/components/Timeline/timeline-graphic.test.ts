import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCharts } from '../../data/charts.ts';
import { readDatasets } from '../../data/dataset.ts';
import { textWidth } from '../../charts/text.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { parseTimelineEvents } from '../../timeline/load-events.ts';
import { panelInputs } from '../../timeline/panels.ts';
import { TIMELINE_BOARDS, TIMELINE_EXPORT_BOARD, timelineGraphic } from './timeline-graphic.ts';
import { timelineSvg } from './timeline-svg.ts';

const FILE = 'content/timeline/events.yaml';
const events = parseTimelineEvents(readFileSync(FILE, 'utf8'), FILE);
const datasets = readDatasets('content/data');
const labels = { category: (c: string) => c, epilogue: 'After 2021' };

function models(data: ReadonlyMap<string, Dataset> = datasets) {
  const panels = panelInputs(readCharts('content/charts', data), data, 'en', (id) => id);
  return [...TIMELINE_BOARDS, TIMELINE_EXPORT_BOARD].map((board) => timelineGraphic(events, panels, board, 'en', labels));
}

describe('timelineGraphic', () => {
  const all = models();

  it('draws every event once, in its segment, in the steps order', () => {
    for (const model of all) {
      expect(model.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
      for (const mark of model.marks) {
        const [lo, hi] = mark.epilogue ? model.epilogue : model.main;
        expect(mark.x, mark.id).toBeGreaterThanOrEqual(lo);
        expect(mark.x, mark.id).toBeLessThanOrEqual(hi);
      }
      expect(model.main[1]).toBeLessThan(model.breakX);
      expect(model.breakX).toBeLessThan(model.epilogue[0]);
    }
  });

  it('never lets two marks overlap: close events go on another row of their lane', () => {
    for (const model of all) {
      const size = 2 * model.board.mark;
      for (const [i, a] of model.marks.entries()) {
        for (const b of model.marks.slice(i + 1)) {
          const apart = Math.abs(a.x - b.x) >= size || Math.abs(a.y - b.y) >= size;
          expect(apart, `${a.id} and ${b.id} at ${model.width}`).toBe(true);
        }
      }
    }
  });

  it('keeps text at 12 px or more, at the narrowest a board is shown, and inside the board', () => {
    for (const model of all) {
      expect((model.fontSize * model.board.shownFrom) / model.board.width).toBeGreaterThanOrEqual(12);
      const texts = [...model.panels.flatMap((p) => p.texts), ...model.legend.texts, ...model.axis.labels, model.axis.epilogueLabel];
      for (const t of texts) {
        const w = textWidth(t.text, model.fontSize);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(left, `"${t.text}" at ${model.width}`).toBeGreaterThanOrEqual(-0.5);
        expect(left + w, `"${t.text}" at ${model.width}`).toBeLessThanOrEqual(model.width + 0.5);
      }
    }
  });

  it('labels the year axis without cutting a label at the edge or crowding two together', () => {
    for (const model of all) {
      const boxes = [...model.axis.labels, model.axis.epilogueLabel].map((t) => {
        const w = textWidth(t.text, model.fontSize);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        return { text: t.text, left, right: left + w };
      });
      expect(boxes.length, `labels at ${model.width}`).toBeGreaterThan(3);
      for (const [a, b] of boxes.slice(0, -1).map((box, i) => [box, boxes[i + 1]!] as const)) {
        expect(b.left - a.right, `"${a.text}" and "${b.text}" at ${model.width}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('draws the series of the three charts, estimates as in the charts (dashed, hollow)', () => {
    const svg = timelineSvg(all[1]!);
    for (const id of ['wechat-mau', 'alibaba-active-consumers', 'pinduoduo-active-buyers', 'douyin-dau']) expect(svg).toContain(`data-series="${id}"`);
    const pdd = all[1]!.panels.flatMap((p) => p.groups).find((g) => g.dataset === 'pinduoduo-active-buyers')!;
    // Pinduoduo's 2017 value is derived (estimate: true in its CSV).
    expect(pdd.dots.some((d) => d.estimate)).toBe(true);
    expect(pdd.paths.some((p) => p.dashed)).toBe(true);
    // Douyin's irregular statements are dots, never a line.
    const douyin = all[1]!.panels.flatMap((p) => p.groups).find((g) => g.dataset === 'douyin-dau')!;
    expect(douyin.paths).toEqual([]);
    expect(douyin.dots.length).toBeGreaterThan(3);
  });

  it('follows the CSV: a corrected value moves the line', () => {
    const pdd = datasets.get('pinduoduo-active-buyers')!;
    const corrected = new Map(datasets);
    corrected.set(pdd.id, { ...pdd, rows: pdd.rows.map((row, i) => (i === pdd.rows.length - 1 ? { ...row, value: row.value / 2 } : row)) });
    const before = all[1]!.panels[1]!.groups.find((g) => g.dataset === pdd.id)!.paths.map((p) => p.d).join();
    const after = models(corrected)[1]!.panels[1]!.groups.find((g) => g.dataset === pdd.id)!.paths.map((p) => p.d).join();
    expect(after).not.toEqual(before);
  });

  it('marks the series an event is about, for the script to emphasise', () => {
    const svg = timelineSvg(all[0]!);
    for (const event of events.filter((e) => e.series.length > 0)) {
      expect(svg).toContain(`data-event="${event.id}" data-emphasis="${event.series.join(' ')}"`);
      for (const id of event.series) expect(svg).toContain(`data-series="${id}"`);
    }
  });
});
