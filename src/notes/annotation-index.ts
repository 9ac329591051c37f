import { join } from 'node:path';
import type { AnnotationIndex } from '../markdown/remark-annotations.ts';
import { factCheckSchema, sidenoteSchema } from '../schemas/notes.ts';
import { readYamlList } from '../data/yaml.ts';

const contentFile = (...parts: string[]) => join(process.cwd(), 'content', ...parts);

/** The notes of content/notes/*.yaml, as remarkAnnotations needs them; re-read on every compile. */
export const annotationIndex: AnnotationIndex = {
  sidenotes: () =>
    new Map(
      readYamlList(contentFile('notes', 'sidenotes.yaml'), sidenoteSchema).map(({ id, data }) => [
        id,
        { paragraph: data.paragraph, anchor: data.anchor },
      ]),
    ),
  factchecks: () =>
    new Map(
      readYamlList(contentFile('notes', 'factchecks.yaml'), factCheckSchema).map(({ id, data }) => [
        id,
        { paragraph: data.paragraph, claim: data.claim },
      ]),
    ),
};
