/**
 * A chart's standalone PNG (its SVG export at twice its size), rendered once per chart and
 * language per build: /charts/<id>.<lang>.png serves it, and the chart's social image
 * (/og/charts/<id>.<lang>.png) places the same PNG instead of laying out the chart's text again.
 */
import type { ChartLocaleModel } from '../charts/chart-models.ts';
import { standaloneChartSvg } from '../charts/export.ts';
import { svgToScaledPng, type ScaledPng } from './svg-to-png.ts';

/** The PNG with the SVG's own size (the PNG is twice as large). */
export type ChartPng = ScaledPng;

const drawn = new WeakMap<ChartLocaleModel, Map<string, ChartPng>>();

export function chartPng(model: ChartLocaleModel, site: URL | string): ChartPng {
  let bySite = drawn.get(model);
  if (!bySite) drawn.set(model, (bySite = new Map()));
  let png = bySite.get(String(site));
  if (!png) bySite.set(String(site), (png = svgToScaledPng(standaloneChartSvg(model, site), 2)));
  return png;
}
