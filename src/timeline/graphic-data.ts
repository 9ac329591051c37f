/** The timeline graphic's inputs and models from the content collections (for components and endpoints). */
import { getCollection } from 'astro:content';
import { loadCharts, loadDatasets } from '../charts/collections.ts';
import { standaloneCss } from '../charts/theme.ts';
import { useTranslations, type Locale, langOf } from '../i18n/index.ts';
import { TIMELINE_BOARDS, TIMELINE_EXPORT_BOARD, timelineGraphic, type TimelineBoard } from '../components/Timeline/timeline-graphic.ts';
import { timelineSvg } from '../components/Timeline/timeline-svg.ts';
import type { TimelineCategory } from '../schemas/timeline.ts';
import { compareEvents } from './load-events.ts';
import { panelInputs } from './panels.ts';

export async function loadTimelineEvents() {
  // The content store does not keep the file's order; the loader has checked the file is in this order.
  return (await getCollection('timeline')).map((entry) => entry.data).sort(compareEvents);
}

/** Events, panels and one model per art-board, in one language. */
export async function timelineGraphicData(locale: Locale) {
  const t = useTranslations(locale);
  const [events, charts, datasets] = await Promise.all([loadTimelineEvents(), loadCharts(), loadDatasets()]);
  const panels = panelInputs(new Map(charts.map((c) => [c.id, c])), datasets, locale, (id) => t(`timeline.panel.${id}`));
  // The legend is short of room on phones: "Rules" there, "Rules & regulation" on the cards.
  const labels = { category: (c: TimelineCategory) => (c === 'regulation' ? t('timeline.legend.regulation') : t(`timeline.category.${c}`)), epilogue: t('timeline.epilogueLane') };
  const model = (board: TimelineBoard) => timelineGraphic(events, panels, board, locale, labels);
  return { events, panels, datasets, models: TIMELINE_BOARDS.map(model), model };
}

/** The standalone SVG (for the PNG export): the export board with title, caption and sources. */
export async function standaloneTimelineSvg(locale: Locale): Promise<string> {
  const t = useTranslations(locale);
  const { model, panels, datasets } = await timelineGraphicData(locale);
  const lang = langOf(locale);
  const source = [...new Set(panels.flatMap((p) => p.series.map((s) => datasets.get(s.dataset)!.title[lang])))].join(t('punct.semicolon'));
  return timelineSvg(model(TIMELINE_EXPORT_BOARD), {
    standalone: {
      css: standaloneCss() + standaloneCss('src/components/Timeline/timeline-graphic.css'),
      title: t('timeline.embedTitle'),
      caption: t('timeline.seriesCaption'),
      source: `${t('chart.source')}${source}`,
    },
  });
}
