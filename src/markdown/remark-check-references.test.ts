import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { remarkCheckReferences } from './remark-check-references.ts';

const rules = {
  Term: { attribute: 'id', known: () => new Set(['hulian-hutong']), source: 'content/glossary.yaml' },
};

async function check(mdx: string): Promise<void> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCheckReferences, rules);
  const file = new VFile({ path: 'content/story/zh.mdx', value: mdx });
  await processor.run(processor.parse(file), file);
}

describe('remarkCheckReferences', () => {
  it('accepts references to ids that exist', async () => {
    await expect(check('A <Term id="hulian-hutong">互联互通</Term> b.\n')).resolves.toBeUndefined();
  });

  it('names the MDX file, line and column of an unknown id', async () => {
    await expect(check('First.\n\nSecond <Term id="nope">x</Term>.\n')).rejects.toThrow(
      'content/story/zh.mdx:3:8: <Term id="nope">: no such id in content/glossary.yaml (known: hulian-hutong)',
    );
  });

  it('rejects a missing or computed id', async () => {
    await expect(check('<Term>x</Term>\n')).rejects.toThrow('<Term> needs id="…"');
    await expect(check('<Term id={x}>x</Term>\n')).rejects.toThrow('<Term> needs id="…"');
  });

  it('ignores components it has no rule for', async () => {
    await expect(check('<Other id="anything" />\n')).resolves.toBeUndefined();
  });
});
