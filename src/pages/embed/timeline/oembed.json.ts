/** /embed/timeline/oembed.json: the Chinese timeline embed's oEmbed response. */
import { timelineOembedRoute } from '../../../timeline/oembed-route.ts';

export const GET = timelineOembedRoute('zh-CN');
