import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'self'

/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *

/joined/*
  Content-Security-Policy: frame-ancestors *
`;

describe('_headers, read as Cloudflare Pages does', () => {
  const rules = parseHeadersFile(file);

  it('applies wildcard rules to every path below them', () => {
    expect(headersFor(rules, '/en/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "frame-ancestors 'self'",
    });
  });

  it('lets a narrower rule detach a header and set its own', () => {
    expect(headersFor(rules, '/embed/wechat-mau/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor(rules, '/embed/wechat-mau/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('joins a header set by two matching rules with a comma, as Cloudflare does', () => {
    expect(headersFor(rules, '/joined/x')['Content-Security-Policy']).toBe("frame-ancestors 'self', frame-ancestors *");
  });

  it('matches exact patterns exactly', () => {
    const exact = parseHeadersFile('/a\n  X: 1\n');
    expect(headersFor(exact, '/a')).toEqual({ X: '1' });
    expect(headersFor(exact, '/ab')).toEqual({});
  });

  it('treats the pattern as text, not a regular expression, but for *', () => {
    const dotted = parseHeadersFile('/embed.js\n  X: 1\n');
    expect(headersFor(dotted, '/embed.js')).toEqual({ X: '1' });
    expect(headersFor(dotted, '/embedxjs')).toEqual({});
  });

  it('names the line of a header outside any rule, or of a line it cannot read', () => {
    expect(() => parseHeadersFile('  X: 1\n')).toThrow('_headers:1');
    expect(() => parseHeadersFile('/a\n  X: 1\n  nonsense\n')).toThrow('_headers:3');
  });
});
