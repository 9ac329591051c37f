/** /en/embed/<chart-id>/oembed.json: the English embed's oEmbed response. */
import { chartPaths } from '../../../../embed/static-paths.ts';
import { oembedRoute } from '../../../../embed/oembed-route.ts';

export const getStaticPaths = chartPaths;
export const GET = oembedRoute('en');
