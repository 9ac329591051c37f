import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { readDatasets } from '../data/dataset.ts';
import { readCharts } from '../data/charts.ts';
import { renderArtboards } from './render.ts';
import { chartSvg } from './svg.ts';
import { readFileSync } from 'node:fs';
const chartCss = readFileSync('src/charts/chart.css', 'utf8');
const globalCss = readFileSync('src/styles/global.css', 'utf8');

test('probe', { timeout: 120000 }, () => {
  const datasets = readDatasets(join(process.cwd(), 'content/data'));
  const charts = readCharts(join(process.cwd(), 'content/charts'), datasets);
  mkdirSync('/tmp/svgs', { recursive: true });
  for (const locale of ['zh-CN', 'en'] as const) {
    let html = `<html lang="${locale}"><meta charset="utf-8"><style>${globalCss}${chartCss} body{padding:10px} svg{display:block;margin:8px 0;outline:1px dotted #ccc}</style><body>`;
    for (const chart of charts.values()) {
      for (const model of renderArtboards(chart, datasets, locale)) html += `<div style="width:${model.width}px"><b>${chart.id} ${model.width}</b>${chartSvg(model)}</div>`;
      writeFileSync(`/tmp/svgs/${chart.id}.${locale}.svg`, chartSvg(renderArtboards(chart, datasets, locale)[2]!, { standalone: true, caption: { title: chart.title.zh, dek: chart.dek.zh, source: 'Source: x' } }));
    }
    writeFileSync(`/tmp/svgs/${locale}.html`, html + '</body></html>');
  }
});
