import { describe, expect, it } from 'vitest';
import { applyFlags, parseFlags } from './flags.ts';

describe('parseFlags', () => {
  it('defaults to auto, not plain, not transparent', () => {
    expect(parseFlags('')).toEqual({ theme: 'auto', plain: false, transparent: false });
    expect(parseFlags('?')).toEqual({ theme: 'auto', plain: false, transparent: false });
  });

  it.each(['light', 'dark', 'auto'] as const)('reads theme=%s', (theme) => {
    expect(parseFlags(`?theme=${theme}`).theme).toBe(theme);
  });

  it.each([
    ['an unknown theme', '?theme=sepia'],
    ['a theme in other case', '?theme=DARK'],
    ['a theme with spaces', '?theme=%20dark'],
    ['an empty theme', '?theme='],
    ['markup', '?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a CSS injection', '?theme=dark;background:url(//evil)'],
    ['the Datawrapper flag', '?dark=true'],
  ])('ignores %s', (_, search) => {
    expect(parseFlags(search).theme).toBe('auto');
  });

  it('takes the first theme when there are several', () => {
    expect(parseFlags('?theme=dark&theme=light').theme).toBe('dark');
  });

  it.each(['?plain', '?plain=', '?plain=1', '?plain=true'])('switches plain on with %s', (search) => {
    expect(parseFlags(search).plain).toBe(true);
  });

  it.each(['?plain=0', '?plain=false', '?plain=yes', '?Plain', '?plainly', '?plain=<b>'])('leaves plain off with %s', (search) => {
    expect(parseFlags(search).plain).toBe(false);
  });

  it('reads transparent, and flags together', () => {
    expect(parseFlags('?transparent')).toEqual({ theme: 'auto', plain: false, transparent: true });
    expect(parseFlags('?theme=light&plain&transparent=1&foo=bar')).toEqual({ theme: 'light', plain: true, transparent: true });
  });

  it('ignores unknown flags', () => {
    expect(parseFlags('?foo=bar&static&logo=off&fitchart=1')).toEqual({ theme: 'auto', plain: false, transparent: false });
  });
});

describe('applyFlags', () => {
  function fakeRoot() {
    const attributes = new Map<string, string>();
    return { attributes, setAttribute: (name: string, value: string) => void attributes.set(name, value) };
  }

  it('writes only fixed attributes with fixed values', () => {
    const root = fakeRoot();
    applyFlags(root, parseFlags('?theme=dark&plain&transparent'));
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-theme': 'dark', 'data-plain': '', 'data-transparent': '' });
  });

  it('writes the default theme and nothing else for an empty query', () => {
    const root = fakeRoot();
    applyFlags(root, parseFlags('?theme="><script>alert(1)</script>'));
    expect(Object.fromEntries(root.attributes)).toEqual({ 'data-theme': 'auto' });
  });

  it('never writes a theme outside the list, even if handed one', () => {
    const root = fakeRoot();
    applyFlags(root, { theme: 'x" onload="alert(1)' as never, plain: false, transparent: false });
    expect(root.attributes.get('data-theme')).toBe('auto');
  });
});
