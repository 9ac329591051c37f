/** getStaticPaths of the embed pages and their oEmbed responses: one per chart. */
import { loadCharts, loadDatasets } from '../charts/collections.ts';

export async function chartPaths() {
  const [charts, datasets] = await Promise.all([loadCharts(), loadDatasets()]);
  return charts.map((chart) => ({ params: { chart: chart.id }, props: { chart, datasets } }));
}
