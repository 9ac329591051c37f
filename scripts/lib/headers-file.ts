/**
 * Parses a Netlify/Cloudflare-style `_headers` file and resolves the headers for a path.
 *
 *   /*
 *     X-Content-Type-Options: nosniff
 *   /embed/*
 *     Content-Security-Policy: frame-ancestors *
 *
 * A rule's pattern matches a path exactly, or up to a trailing `*`. Later rules
 * override earlier ones for the same header.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (matches) for (const [name, value] of headers) result[name] = value;
  }
  return result;
}
