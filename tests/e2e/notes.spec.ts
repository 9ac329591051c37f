import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { watchPageHealth } from './support/page-health.ts';
import { openLoaded } from './support/navigation.ts';

interface Sourced {
  id: string;
  sources: { url: string }[];
}
const yaml = (path: string) => parse(readFileSync(path, 'utf8')) as Sourced[];
const glossary = yaml('content/glossary.yaml');
const sidenotes = yaml('content/notes/sidenotes.yaml');
const factchecks = yaml('content/notes/factchecks.yaml');
const timelineEvents = yaml('content/timeline/events.yaml');
const pages = ['/', '/en/'] as const;

interface Box {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function open(page: Page, path: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await openLoaded(page, path);
  await page.evaluate(() => document.fonts.ready);
}

/** Bounding boxes (page coordinates) of the sidenotes and of everything else in the story body. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    };
    const body = document.querySelector('[data-story-body]')!;
    const notes = [...document.querySelectorAll('[data-sidenote]')].map((el) => box(el, el.id));
    const others = [...body.children]
      .filter((el) => !el.matches('[data-sidenotes]') && el.getBoundingClientRect().height > 0)
      .map((el, i) => box(el, el.id || `${el.tagName.toLowerCase()}#${i}`));
    const markers = [...document.querySelectorAll<HTMLElement>('[data-sidenote-ref]')].map((el) => box(el, el.dataset.sidenoteRef!));
    const paragraphs = [...document.querySelectorAll('[data-story-body] > p[id^="p-"]')].map((el) => box(el, el.id));
    const paragraphOf = Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-sidenote-ref]')].map((el) => [`sn-${el.dataset.sidenoteRef}`, el.closest('p')!.id]),
    );
    return { notes, others, markers, paragraphs, paragraphOf, text: box(document.querySelector('#p-1')!, 'p-1') };
  });
}

test.describe('both languages', () => {
  test('carry the same annotations: notes, checks and terms, with the same ids', async ({ page }) => {
    const read = () =>
      page.evaluate(() => ({
        notes: [...document.querySelectorAll('[data-sidenote]')].map((el) => el.id),
        markers: [...document.querySelectorAll<HTMLElement>('[data-sidenote-ref]')].map((el) => `${el.dataset.sidenoteRef}:${el.dataset.n}`),
        checks: [...document.querySelectorAll('[data-factcheck]')].map((el) => el.id),
        terms: [...document.querySelectorAll('button[data-term]')].map((el) => el.id),
        glossary: [...document.querySelectorAll('[data-glossary-term]')].map((el) => el.id),
        sources: [...document.querySelectorAll<HTMLElement>('[data-source-url]')].map((el) => el.dataset.sourceUrl),
      }));
    await page.goto('/');
    const zh = await read();
    await page.goto('/en/');
    const en = await read();
    // Terms may come in another order within a translated paragraph; the set is the same.
    const same = (r: typeof zh) => ({ ...r, terms: [...r.terms].sort(), glossary: [...r.glossary].sort() });
    expect(same(en)).toEqual(same(zh));
    expect(zh.notes).toHaveLength(sidenotes.length);
    expect(zh.checks).toHaveLength(factchecks.length);
    expect(same(zh).glossary).toEqual(glossary.map((t) => `term-${t.id}`).sort());
    // The glossary lists the terms the text uses first, by the paragraph where they first appear.
    const paragraphOf = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('button[data-term]')].map((el) => [el.id.replace(/^term-use-/, 'term-'), Number(el.closest('p')!.id.slice(2))])),
    );
    const order = zh.glossary.map((id) => paragraphOf[id] ?? Infinity);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.filter(Number.isFinite)).toHaveLength(zh.terms.length);
  });
});

/** Every sidenote sits in the margin at 1280 px, clear of the text and of each other. */
async function notesInTheMargin(page: Page, javaScriptEnabled: boolean) {
  const { notes, others, markers, paragraphs, paragraphOf, text } = await layout(page);
  expect(notes).toHaveLength(sidenotes.length);
  for (const note of notes) {
    expect(note.bottom - note.top, note.id).toBeGreaterThan(10);
    expect(note.left, `${note.id} starts right of the text column`).toBeGreaterThanOrEqual(text.right);
    for (const other of others) expect(overlaps(note, other), `${note.id} overlaps ${other.id}`).toBe(false);
    for (const next of notes) if (next !== note) expect(overlaps(note, next), `${note.id} overlaps ${next.id}`).toBe(false);
  }
  // Beside their passage, in reading order: with JavaScript never above their marker's line;
  // without it, within the rows of their paragraph (before the next paragraph starts).
  for (const [i, note] of notes.entries()) {
    const marker = markers.find((m) => `sn-${m.id}` === note.id)!;
    const p = paragraphs.findIndex((b) => b.id === paragraphOf[note.id]);
    expect(note.top, `${note.id} is not above its paragraph`).toBeGreaterThanOrEqual(paragraphs[p]!.top - 1);
    if (javaScriptEnabled) expect(note.top, `${note.id} is not above its marker`).toBeGreaterThanOrEqual(marker.top - 4);
    else expect(note.top, `${note.id} starts before the next paragraph`).toBeLessThan(paragraphs[p + 1]!.top);
    if (i > 0) expect(note.top).toBeGreaterThan(notes[i - 1]!.top);
  }
  if (javaScriptEnabled) {
    // Placed level with the marker unless the note above is in the way.
    const first = notes[0]!;
    const marker = markers.find((m) => `sn-${m.id}` === first.id)!;
    expect(Math.abs(first.top - marker.top)).toBeLessThanOrEqual(1);
  }
}

/** A wide block in the margin (a chart) pushes the notes below it. Changes the page: run last. */
async function wideBlockPushesNotes(page: Page) {
  // Stand-in for a wide chart inserted between paragraphs by another part of the story.
  await page.evaluate(() => {
    const block = document.createElement('figure');
    block.id = 'wide-block';
    block.style.gridColumn = 'wide';
    block.style.height = '400px';
    block.style.margin = '0';
    document.querySelector('#p-1')!.after(block);
  });
  await page.waitForTimeout(300); // the layout follows the story's size (ResizeObserver)
  const { notes, others } = await layout(page);
  const block = others.find((o) => o.id === 'wide-block')!;
  expect(block.right).toBeGreaterThan(notes[0]!.left);
  for (const note of notes) {
    for (const other of others) expect(overlaps(note, other), `${note.id} overlaps ${other.id}`).toBe(false);
    for (const next of notes) if (next !== note) expect(overlaps(note, next), `${note.id} overlaps ${next.id}`).toBe(false);
  }
}

/** Each numbered marker opens and closes its note in the flow (phones). */
async function markersOpenNotesInTheFlow(page: Page) {
  const markers = page.locator('button[data-sidenote-ref]');
  await expect(markers).toHaveCount(sidenotes.length);
  for (const marker of await markers.all()) {
    const note = page.locator(`#${await marker.getAttribute('aria-controls')}`);
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    await expect(note).toBeHidden();
    await marker.click();
    await expect(marker).toHaveAttribute('aria-expanded', 'true');
    await expect(note).toBeVisible();
    // Below the paragraph that holds the marker, in the text column.
    const paragraph = await marker.evaluate((el) => el.closest('p')!.getBoundingClientRect().bottom);
    expect((await note.boundingBox())!.y).toBeGreaterThanOrEqual(paragraph - 1);
    await marker.press('Enter');
    await expect(marker).toHaveAttribute('aria-expanded', 'false');
    await expect(note).toBeHidden();
  }
}

/** A back-link on the sources page opens the note it points to on the story (phones). */
async function backLinkOpensNote(page: Page, path: string) {
  await open(page, `${path}sources/`, 390);
  const link = page.locator(`[data-source-url] a[href^="${path}#sn-"]`).first();
  const note = page.locator((await link.getAttribute('href'))!.slice(path.length));
  await link.click();
  await expect(note).toBeVisible();
  await expect(note).toBeInViewport();
}

/** Every term is in the tab order, and opens its definition from the keyboard and closes it
 *  with Escape, giving the focus back. Tabs from the page's start: run first after opening it. */
async function termsFromTheKeyboard(page: Page) {
  const terms = await page.locator('button[data-term]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.term!));
  expect(terms.length).toBeGreaterThanOrEqual(11);
  // Tab from the start of the page until every term has had the focus: recorded in the page,
  // read after every 20 presses, sent together (in order, as a fast typist's): a round trip per
  // press was most of what the walk cost.
  type Tabbed = { __tabbedTerms: string[] };
  await page.evaluate(() => {
    const tabbed: string[] = ((window as unknown as Tabbed).__tabbedTerms = []);
    document.addEventListener('focusin', (event) => {
      const term = (event.target as Element).closest('button[data-term]')?.getAttribute('data-term');
      if (term && !tabbed.includes(term)) tabbed.push(term);
    });
  });
  const keyboard = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  let tabbed: string[] = [];
  for (let presses = 0; presses < 800 && tabbed.length < terms.length; presses += 20) {
    await Promise.all(
      Array.from({ length: 20 }, () => [
        keyboard.send('Input.dispatchKeyEvent', { type: 'keyDown', ...tab }),
        keyboard.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
      ]).flat(),
    );
    tabbed = await page.evaluate(() => (window as unknown as Tabbed).__tabbedTerms);
  }
  expect([...tabbed].sort(), 'the terms the Tab key reaches').toEqual([...terms].sort());
  // Then each, focused, opens with Enter and closes with Escape.
  for (const term of tabbed) {
    const button = page.locator(`#term-use-${term}`);
    await button.focus();
    const popover = page.locator(`#tp-${term}`);
    await expect(popover).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(popover).toBeVisible();
    await expect(popover.locator('.tp-definition')).not.toBeEmpty();
    const inView = await popover.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= innerHeight;
    });
    expect(inView, `popover of ${term} fits in the viewport`).toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
  }
}

/** Without JavaScript, every note, check and definition is readable. */
async function readableWithoutScript(page: Page) {
  // Every note shown with its text, every check with its verdict, claim and explanation, each
  // marker an in-page link to its note, which is shown. (Read in one go: without scripting
  // nothing moves after load. "Shown" as Playwright's toBeVisible: a box, not visibility: hidden.)
  const unreadable = await page.evaluate(() => {
    const shown = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return !!el && !!r && r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    const problems: string[] = [];
    for (const note of document.querySelectorAll('[data-sidenote]')) {
      if (!shown(note)) problems.push(`${note.id} hidden`);
      const text = note.querySelectorAll('.sn-text');
      if (text.length !== 1 || !text[0]!.textContent?.trim()) problems.push(`${note.id}: no text`);
    }
    for (const check of document.querySelectorAll('[data-factcheck]')) {
      for (const part of ['.fc-verdict', '.fc-claim', '.fc-explanation']) {
        const found = check.querySelectorAll(part);
        if (found.length !== 1 || !shown(found[0]!)) problems.push(`${check.id}: ${part} not shown`);
      }
    }
    for (const marker of document.querySelectorAll('a[data-sidenote-ref]')) {
      const href = marker.getAttribute('href') ?? '';
      if (!href.startsWith('#') || !shown(document.querySelector(href))) problems.push(`marker to ${href}: note not shown`);
    }
    return problems;
  });
  expect(unreadable).toEqual([]);
  // Each term opens its definition (the Popover API needs no script) and links to the glossary.
  for (const term of await page.locator('button[data-term]').all()) {
    const id = (await term.getAttribute('data-term'))!;
    const popover = page.locator(`#tp-${id}`);
    // Clicked again if the first click was lost: right after Playwright scrolls a term
    // into view, blocks that come into view (content-visibility: auto) are laid out and
    // can move the word between the press and the release (about 1 run in 30).
    await expect(async () => {
      await term.click();
      await expect(popover).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(popover.locator('.tp-definition')).not.toBeEmpty();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    const entry = page.locator(`#term-${id}`);
    await expect(entry).toBeVisible();
    await expect(entry.locator('dd p').first()).toHaveText((await popover.locator('.tp-definition').textContent())!);
  }
}

/** The story ends with a glossary and a source list whose back-links all lead somewhere. */
async function glossaryAndSources(page: Page, path: string) {
  await expect(page.locator('#glossary [data-glossary-term]')).toHaveCount(glossary.length);
  const storyIds = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('#glossary a[href*="#"], #sources a, [data-sidenote] a[href^="#"], [data-term-popover] a[href^="#"]')].map((a) => a.getAttribute('href')!),
  );
  const sourcesPage = `${path}sources/`;
  expect(links).toContain(sourcesPage);
  await page.goto(sourcesPage);
  // Every page cited by a note, check, term or timeline event, once per address (counted from the YAML here).
  const urls = new Set([...glossary, ...sidenotes, ...factchecks, ...timelineEvents].flatMap((item) => item.sources.map((s) => s.url)));
  const listed = await page.locator('[data-source-url]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sourceUrl));
  expect(new Set(listed)).toEqual(urls);
  expect(listed).toHaveLength(urls.size);
  const sourceIds = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
  const backLinks = await page.locator(`[data-source-url] a[href^="${path}#"]`).evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  const ids = { [path]: new Set(storyIds), [sourcesPage]: new Set(sourceIds) };
  const dangling = [...links, ...backLinks]
    .filter((href) => href.includes('#'))
    .filter((href) => {
      const [where, id] = href.split('#') as [string, string];
      return !ids[where || path]?.has(decodeURIComponent(id));
    });
  expect(dangling).toEqual([]);
  // Every note and check is cited back from the sources page.
  const citedBack = new Set(backLinks.filter((href) => /#(?:sn|fc)-/.test(href))).size;
  expect(citedBack).toBe(sidenotes.length + factchecks.length);
}

// One test per page and condition (width, script, motion), each opening the page once and
// running every check of that condition as a step, in an order where none disturbs the next:
// a test's browser context and a story page's load cost more than most checks.
for (const path of pages) {
  test.describe(path, () => {
    test('at 1280px: notes in the margin, terms from the keyboard, glossary and sources, a wide block pushing the notes', async ({ page, baseURL }) => {
      test.slow(); // tabs through the whole story
      const problems = watchPageHealth(page, new URL(baseURL!).origin);
      await open(page, path, 1280);
      await test.step('every sidenote sits in the margin, clear of the text and of each other', () => notesInTheMargin(page, true));
      await test.step('every term opens its definition from the keyboard and closes with Escape', () => termsFromTheKeyboard(page));
      expect(problems).toEqual([]);
      await test.step('a wide block in the margin (a chart) pushes the notes below it', () => wideBlockPushesNotes(page));
      // Last: it goes on to the sources page.
      await test.step('ends with a glossary, and a sources page whose links all lead somewhere', () => glossaryAndSources(page, path));
    });

    test('at 1280px with reduced motion the first note is still level with its marker', async ({ page }) => {
      // A reduced-motion rule that shortens transitions instead of removing them once made the
      // placement measure notes mid-transition, leaving them 6 px off in some runs.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, path, 1280);
      const { notes, markers } = await layout(page);
      const marker = markers.find((m) => `sn-${m.id}` === notes[0]!.id)!;
      expect(Math.abs(notes[0]!.top - marker.top)).toBeLessThanOrEqual(1);
    });

    test('at 390px: terms from the keyboard, each marker opening its note in the flow, a back-link opening its note', async ({ page, baseURL }) => {
      test.slow(); // tabs through the whole story and clicks every marker
      const problems = watchPageHealth(page, new URL(baseURL!).origin);
      await open(page, path, 390);
      await test.step('every term opens its definition from the keyboard and closes with Escape', () => termsFromTheKeyboard(page));
      await test.step('each numbered marker opens and closes its note in the flow', () => markersOpenNotesInTheFlow(page));
      expect(problems).toEqual([]);
      await test.step('a back-link from the sources page opens the note it points to', () => backLinkOpensNote(page, path));
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('at 1280px: notes in the margin beside their paragraph, every note, check and definition readable', async ({ page, baseURL }) => {
        test.slow(); // opens every definition
        const problems = watchPageHealth(page, new URL(baseURL!).origin);
        await open(page, path, 1280);
        await test.step('every sidenote sits in the margin, clear of the text and of each other', () => notesInTheMargin(page, false));
        expect(problems).toEqual([]);
        await test.step('every note, check and definition is readable', () => readableWithoutScript(page));
      });

      test('at 390px every note, check and definition is readable', async ({ page }) => {
        test.slow(); // opens every definition
        await open(page, path, 390);
        await readableWithoutScript(page);
      });
    });
  });
}
