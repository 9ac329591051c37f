/**
 * Reads a `_headers` file the way Cloudflare Pages does, for scripts/serve.ts:
 *
 *   /*
 *     X-Content-Type-Options: nosniff
 *     Content-Security-Policy: frame-ancestors 'self'
 *   /embed/*
 *     ! Content-Security-Policy
 *     Content-Security-Policy: frame-ancestors *
 *
 * Every rule whose pattern matches the path applies, in file order. A header set by an
 * earlier matching rule and set again is joined with ", "; `! Name` detaches the header that
 * earlier rules set. A pattern matches a path exactly, with `*` standing for any run of
 * characters. (Netlify reads the same file differently: see tests/dist/netlify-headers.test.ts.)
 */
export interface HeaderRule {
  pattern: string;
  /** Header names detached (`! Name`) before this rule's own headers are set. */
  detach: string[];
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      rules.push({ pattern: line, detach: [], headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const detach = /^! ([A-Za-z0-9-]+)$/.exec(line);
    const header = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || (!detach && !header)) throw new Error(`_headers:${index + 1}: expected "  Name: value" or "  ! Name" under a path`);
    if (detach) rule.detach.push(detach[1]!);
    else rule.headers.push([header![1]!, header![2]!]);
  });
  return rules;
}

function patternMatches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, [name: string, value: string]>();
  const setBefore = new Set<string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const current = headers.get(key);
      headers.set(key, [name, setBefore.has(key) && current ? `${current[1]}, ${value}` : value]);
      setBefore.add(key);
    }
  }
  return Object.fromEntries(headers.values());
}
