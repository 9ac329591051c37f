import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'self'

/embed/*
  Content-Security-Policy: frame-ancestors *
`;

describe('_headers', () => {
  const rules = parseHeadersFile(file);

  it('applies wildcard rules to every path below them', () => {
    expect(headersFor(rules, '/en/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "frame-ancestors 'self'",
    });
  });

  it('lets a later, narrower rule override a header', () => {
    expect(headersFor(rules, '/embed/wechat-mau/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor(rules, '/embed/wechat-mau/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('matches exact patterns exactly', () => {
    const exact = parseHeadersFile('/a\n  X: 1\n');
    expect(headersFor(exact, '/a')).toEqual({ X: '1' });
    expect(headersFor(exact, '/ab')).toEqual({});
  });

  it('names the line of a header outside any rule', () => {
    expect(() => parseHeadersFile('  X: 1\n')).toThrow('_headers:1');
  });
});
