import type { z } from 'astro/zod';

/**
 * A schema problem in words an editor can act on. Zod calls Infinity (YAML `1e999`) and NaN
 * (`.nan`) numbers of the wrong type, "expected number, received number", which helps no one.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'number' && /received (?:number|-?Infinity|NaN)/i.test(issue.message)) {
    return 'is not a finite number (1e999 and .inf are infinite). Write the figure itself, e.g. 618000000.';
  }
  return issue.message;
}
