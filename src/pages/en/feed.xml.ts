/** /en/feed.xml: the English story's updates and corrections, as Atom. */
import { feedRoute } from '../../site/feed-route.ts';

export const GET = feedRoute('en');
