/** getStaticPaths of the embed pages and their oEmbed responses: one per chart. */
import { loadCharts } from '../charts/collections.ts';

export async function chartPaths() {
  return (await loadCharts()).map((chart) => ({ params: { chart: chart.id }, props: { id: chart.id } }));
}
