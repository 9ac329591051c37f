import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, MIN_HEIGHT, helloMessage, isHelloMessage, parseResizeMessage, resizeMessage } from './protocol.ts';

const good = { type: 'kaimen:resize', chart: 'wechat-mau', height: 480 };

describe('parseResizeMessage', () => {
  it('accepts the exact message', () => {
    expect(parseResizeMessage({ ...good })).toEqual(good);
    expect(parseResizeMessage(JSON.parse('{"type":"kaimen:resize","chart":"a1","height":50}'))).toEqual({
      type: 'kaimen:resize',
      chart: 'a1',
      height: 50,
    });
    expect(parseResizeMessage(Object.assign(Object.create(null), good))).toEqual(good);
  });

  it('accepts the bounds and nothing past them', () => {
    expect(parseResizeMessage({ ...good, height: MIN_HEIGHT })?.height).toBe(50);
    expect(parseResizeMessage({ ...good, height: MAX_HEIGHT })?.height).toBe(5000);
    expect(parseResizeMessage({ ...good, height: 49 })).toBeNull();
    expect(parseResizeMessage({ ...good, height: 5001 })).toBeNull();
  });

  it.each([
    ['a JSON string of the message', JSON.stringify(good)],
    ['null', null],
    ['undefined', undefined],
    ['a number', 480],
    ['an array', ['kaimen:resize', 'wechat-mau', 480]],
    ['an empty object', {}],
    ['a Date', new Date()],
    ['a Map', new Map(Object.entries(good))],
  ])('refuses %s', (_, data) => {
    expect(parseResizeMessage(data)).toBeNull();
  });

  it.each([
    ['another type', { ...good, type: 'kaimen:resize2' }],
    ['a pym-style type', { ...good, type: 'height' }],
    ['a type in other case', { ...good, type: 'Kaimen:Resize' }],
    ['a missing type', { chart: 'wechat-mau', height: 480 }],
    ['a missing chart', { type: 'kaimen:resize', height: 480 }],
    ['a missing height', { type: 'kaimen:resize', chart: 'wechat-mau' }],
    ['an extra key', { ...good, width: 600 }],
    ['an extra key named like a prototype field', JSON.parse('{"type":"kaimen:resize","chart":"a","height":480,"__proto__":{}}')],
    ['a symbol key', { ...good, [Symbol('x')]: 1 }],
  ])('refuses %s', (_, data) => {
    expect(parseResizeMessage(data)).toBeNull();
  });

  it.each([
    ['upper case', 'WeChat'],
    ['a slash', '../x'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['spaces', 'wechat mau'],
    ['an empty string', ''],
    ['a leading hyphen', '-x'],
    ['a double hyphen', 'a--b'],
    ['too long', 'a'.repeat(65)],
    ['a number', 1],
    ['non-ASCII', '微信'],
  ])('refuses a chart id with %s', (_, chart) => {
    expect(parseResizeMessage({ ...good, chart })).toBeNull();
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['negative', -480],
    ['zero', 0],
    ['fractional', 480.5],
    ['a numeric string', '480'],
    ['a px string', '480px'],
    ['a boxed number', Object(480)],
    ['a bigint', 480n],
    ['null', null],
    ['too large', 1e9],
  ])('refuses a height that is %s', (_, height) => {
    expect(parseResizeMessage({ ...good, height })).toBeNull();
  });

  it('refuses a getter in place of a value (it could answer differently each time)', () => {
    const data = { type: 'kaimen:resize', chart: 'a' } as Record<string, unknown>;
    Object.defineProperty(data, 'height', { get: () => 480, enumerable: true });
    expect(parseResizeMessage(data)).toBeNull();
  });

  it('refuses an object of another class', () => {
    class Message {
      type = 'kaimen:resize';
      chart = 'a';
      height = 480;
    }
    expect(parseResizeMessage(new Message())).toBeNull();
  });
});

describe('resizeMessage', () => {
  it('builds the exact shape, rounding up and clamping the height', () => {
    expect(resizeMessage('wechat-mau', 479.2)).toEqual({ type: 'kaimen:resize', chart: 'wechat-mau', height: 480 });
    expect(JSON.stringify(resizeMessage('x', 480))).toBe('{"type":"kaimen:resize","chart":"x","height":480}');
    expect(resizeMessage('x', 10).height).toBe(50);
    expect(resizeMessage('x', 1e6).height).toBe(5000);
  });

  it('round-trips through the parser', () => {
    expect(parseResizeMessage(structuredClone(resizeMessage('douyin-dau', 612)))).toEqual(resizeMessage('douyin-dau', 612));
  });

  it('throws on an invalid id', () => {
    expect(() => resizeMessage('../x', 480)).toThrow(/invalid chart id/);
  });
});

describe('isHelloMessage', () => {
  it('accepts exactly {type: "kaimen:hello"}', () => {
    expect(isHelloMessage(helloMessage())).toBe(true);
    expect(isHelloMessage(structuredClone(helloMessage()))).toBe(true);
  });

  it.each([
    ['a string', 'kaimen:hello'],
    ['JSON text', '{"type":"kaimen:hello"}'],
    ['null', null],
    ['another type', { type: 'kaimen:resize' }],
    ['an extra key', { type: 'kaimen:hello', height: 1 }],
    ['an array', ['kaimen:hello']],
  ])('refuses %s', (_, data) => {
    expect(isHelloMessage(data)).toBe(false);
  });
});
