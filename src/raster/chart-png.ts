/**
 * A chart's standalone PNG (its SVG export at twice its size), rendered once per chart and
 * language per build: /charts/<id>.<lang>.png serves it, and the chart's social image
 * (/og/charts/<id>.<lang>.png) places the same PNG instead of laying out the chart's text again.
 */
import type { Locale } from '../i18n/index.ts';
import type { ChartWithId } from '../charts/render.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { standaloneChartSvg } from '../charts/export.ts';
import { svgToPng } from './svg-to-png.ts';

export interface ChartPng {
  png: Buffer;
  /** The SVG's own size in px (the PNG is twice as large). */
  width: number;
  height: number;
}

const cache = new Map<string, ChartPng>();

export function chartPng(chart: ChartWithId, datasets: ReadonlyMap<string, Dataset>, locale: Locale, site: URL | string): ChartPng {
  const key = `${chart.id}\u0000${locale}\u0000${String(site)}`;
  let entry = cache.get(key);
  if (!entry) {
    const svg = standaloneChartSvg(chart, datasets, locale, site);
    const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    entry = { png: svgToPng(svg, { width: width * 2 }), width, height };
    cache.set(key, entry);
  }
  return entry;
}
