/** /en/embed/timeline/oembed.json: the English timeline embed's oEmbed response. */
import { timelineOembedRoute } from '../../../../timeline/oembed-route.ts';

export const GET = timelineOembedRoute('en');
