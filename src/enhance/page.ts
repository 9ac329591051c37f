/**
 * The one script of the story and embed pages (PageScript.astro); on the story pages it starts
 * once the page has loaded (start-after-load.ts). One request instead of one per component: on
 * a phone each extra request waits for a connection of its own. One module for both kinds of
 * page, because two entries would share their chart code through a third file. Each part sees
 * the whole page and finds its own elements: on a page without them it does nothing. Without
 * JavaScript every page is complete; these only improve it.
 */
import '../components/notes/term-popover.ts';
import '../components/notes/sidenotes.ts';
import { enhanceCharts } from '../components/Chart/chart-tooltip.ts';
import { enhanceCopyEmbed } from '../components/Embed/CopyEmbed.ts';
import { initScrolly } from '../components/Timeline/timeline-scrolly.ts';
import { startEmbedChild } from '../embed/embed-child.ts';

enhanceCharts(document);
enhanceCopyEmbed(document);
for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) initScrolly(section);
startEmbedChild();
// Everything above has run: tests wait for this before they use what it adds.
document.documentElement.dataset.enhanced = '';
