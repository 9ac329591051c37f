import { describe, expect, it } from 'vitest';
import { chartOfFrame, installEmbedLoader, siteOriginOfScript } from './embed-loader.ts';

const origin = 'https://kaimen.example';

/** A stand-in for a host page: iframes with a src and a window each, and the message listeners. */
function hostPage(frames: { src: string }[]) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const hellos: [string, unknown, string][] = [];
  const iframes = frames.map(({ src }) => ({
    src,
    contentWindow: { name: src, postMessage: (data: unknown, target: string) => hellos.push([src, data, target]) },
    style: { height: '' },
  }));
  const win = {
    document: { querySelectorAll: () => iframes },
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => type === 'message' && listeners.push(listener),
  };
  const post = (event: { origin: string; source: unknown; data: unknown }) => {
    for (const listener of listeners) listener(event as MessageEvent);
  };
  return { win: win as unknown as Window, iframes, listeners, post, hellos };
}

const resize = (chart: string, height: number) => ({ type: 'kaimen:resize', chart, height });

describe('installEmbedLoader', () => {
  it('sets the height of the iframe whose window sent a valid message', () => {
    const host = hostPage([{ src: `${origin}/embed/a/` }, { src: `${origin}/en/embed/b/?theme=dark` }]);
    installEmbedLoader(host.win, origin);
    host.post({ origin, source: host.iframes[1]!.contentWindow, data: resize('b', 432) });
    expect(host.iframes.map((f) => f.style.height)).toEqual(['', '432px']);
  });

  it('asks our iframes, and only those, to report their height again, addressed to our origin', () => {
    const host = hostPage([{ src: `${origin}/embed/a/` }, { src: 'https://other.example/embed/a/' }, { src: `${origin}/en/embed/b/` }]);
    installEmbedLoader(host.win, origin);
    expect(host.hellos).toEqual([
      [`${origin}/embed/a/`, { type: 'kaimen:hello' }, origin],
      [`${origin}/en/embed/b/`, { type: 'kaimen:hello' }, origin],
    ]);
  });

  it('installs once, however often it runs', () => {
    const host = hostPage([{ src: `${origin}/embed/a/` }]);
    installEmbedLoader(host.win, origin);
    installEmbedLoader(host.win, origin);
    expect(host.listeners).toHaveLength(1);
    expect(host.hellos).toHaveLength(1);
  });

  it.each([
    ['another origin', (f: { contentWindow: unknown }) => ({ origin: 'https://evil.example', source: f.contentWindow, data: resize('a', 432) })],
    ['no source', () => ({ origin, source: null, data: resize('a', 432) })],
    ['a window that is none of our iframes', () => ({ origin, source: { name: 'other' }, data: resize('a', 432) })],
    ['another chart id than the iframe shows', (f: { contentWindow: unknown }) => ({ origin, source: f.contentWindow, data: resize('b', 432) })],
    ['a malformed height', (f: { contentWindow: unknown }) => ({ origin, source: f.contentWindow, data: resize('a', -1) })],
    ['a string height', (f: { contentWindow: unknown }) => ({ origin, source: f.contentWindow, data: { ...resize('a', 1), height: '432px' } })],
    ['an extra key', (f: { contentWindow: unknown }) => ({ origin, source: f.contentWindow, data: { ...resize('a', 432), style: 'x' } })],
    ['the message as JSON text', (f: { contentWindow: unknown }) => ({ origin, source: f.contentWindow, data: JSON.stringify(resize('a', 432)) })],
  ])('ignores a message with %s', (_, event) => {
    const host = hostPage([{ src: `${origin}/embed/a/` }]);
    installEmbedLoader(host.win, origin);
    host.post(event(host.iframes[0]!));
    expect(host.iframes[0]!.style.height).toBe('');
  });

  it('ignores iframes that do not show one of our embed pages', () => {
    const host = hostPage([{ src: `https://evil.example/embed/a/` }, { src: `${origin}/` }]);
    installEmbedLoader(host.win, origin);
    for (const frame of host.iframes) host.post({ origin, source: frame.contentWindow, data: resize('a', 432) });
    expect(host.iframes.map((f) => f.style.height)).toEqual(['', '']);
  });
});

describe('chartOfFrame', () => {
  const frame = (src: string) => ({ src }) as HTMLIFrameElement;
  it('reads the chart id from an embed URL of our origin', () => {
    expect(chartOfFrame(frame(`${origin}/embed/wechat-mau/`), origin)).toBe('wechat-mau');
    expect(chartOfFrame(frame(`${origin}/en/embed/wechat-mau/?plain#x`), origin)).toBe('wechat-mau');
  });
  it.each(['', 'about:blank', 'not a url', `${origin}/embed/`, `${origin}/charts/a/`, 'http://kaimen.example/embed/a/', `${origin}:8443/embed/a/`])(
    'finds none in %j',
    (src) => {
      expect(chartOfFrame(frame(src), origin)).toBeUndefined();
    },
  );
});

describe('siteOriginOfScript', () => {
  it('is the origin /embed.js was loaded from', () => {
    expect(siteOriginOfScript({ src: 'https://mirror.example:8443/embed.js?v=2' })).toBe('https://mirror.example:8443');
    expect(siteOriginOfScript({ src: 'http://localhost:4351/embed.js' })).toBe('http://localhost:4351');
  });

  it.each([
    ['no script (a module, or a callback)', null],
    ['an inline script', { src: '' }],
    ['a data: URL', { src: 'data:text/javascript,1' }],
    ['a blob: URL', { src: 'blob:https://evil.example/1' }],
    ['a src that is not a string', { src: 42 }],
  ])('is undefined for %s', (_, script) => {
    expect(siteOriginOfScript(script)).toBeUndefined();
  });
});
