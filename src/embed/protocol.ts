/**
 * The one message an embed page sends to the page that embeds it:
 *
 *   {"type":"kaimen:resize","chart":"<chart-id>","height":<px>}
 *
 * Sent by embed-child.ts (inside the iframe), read by embed-loader.ts (/embed.js, on the
 * host page). It is posted as a structured-clone object, not a string. The loader uses the
 * height only, after checking the sender; the chart id is only compared with the iframe's.
 *
 * And one message the other way, `{"type":"kaimen:hello"}`: the loader, which may start after
 * an embed page has already reported its height, asks our iframes to report it again.
 */

export const RESIZE_TYPE = 'kaimen:resize';

/** Bounds for a height in CSS px: anything outside is a bug or an attack, never a chart. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;

/** Chart ids are kebab-case ASCII, as in `content/charts/<id>.yaml`. */
export const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  /** Id of the chart the embed page shows. */
  chart: string;
  /** Full height of the embed page's content, whole CSS px. */
  height: number;
}

const KEYS = ['chart', 'height', 'type'];

/** True for a chart id that may appear in a message or an embed URL. */
export function isChartId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && CHART_ID.test(value);
}

/** True for a whole number of px within [MIN_HEIGHT, MAX_HEIGHT]. */
export function isHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT;
}

/** Builds the message; throws on an id or height the receiver would reject. */
export function resizeMessage(chart: string, height: number): ResizeMessage {
  if (!isChartId(chart)) throw new Error(`invalid chart id: ${chart}`);
  const px = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  return { type: RESIZE_TYPE, chart, height: px };
}

/**
 * Returns the message if `data` has exactly its shape, else null. A plain object with
 * exactly the keys type, chart and height (an extra key means it is not our message),
 * `type` exactly "kaimen:resize", a valid chart id, and a height per isHeight. Strings
 * (JSON text), arrays, class instances and getters are all refused.
 */
export function parseResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Reflect.ownKeys(data);
  if (keys.length !== KEYS.length || keys.some((key) => typeof key !== 'string' || !KEYS.includes(key))) return null;
  const fields: Record<string, unknown> = {};
  for (const key of KEYS) {
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    if (!descriptor || !('value' in descriptor)) return null;
    fields[key] = descriptor.value;
  }
  const { type, chart, height } = fields;
  if (type !== RESIZE_TYPE || !isChartId(chart) || !isHeight(height)) return null;
  return { type: RESIZE_TYPE, chart, height };
}

export const HELLO_TYPE = 'kaimen:hello';

/** The loader's request to report the height again. */
export function helloMessage(): { type: typeof HELLO_TYPE } {
  return { type: HELLO_TYPE };
}

/** True only for a plain object that is exactly `{type: "kaimen:hello"}`. */
export function isHelloMessage(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Reflect.ownKeys(data);
  return keys.length === 1 && keys[0] === 'type' && Object.getOwnPropertyDescriptor(data, 'type')?.value === HELLO_TYPE;
}
