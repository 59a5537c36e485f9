import type { Page } from 'playwright-core';

export interface Focused {
  readonly tag: string;
  readonly role: string | null;
  /** aria-label, else a field's label, else the text (visually hidden text included, as a screen reader reads it). */
  readonly name: string;
}

/** The little of the DOM these page functions touch (the root tsconfig has Node's types, not the DOM's). */
interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly labels?: ArrayLike<{ readonly textContent: string | null }> | null;
  getAttribute(name: string): string | null;
}
interface PageDocument {
  readonly activeElement: PageElement | null;
  addEventListener(type: string, listener: (event: { isTrusted: boolean }) => void, capture: boolean): void;
}

export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = (globalThis as unknown as { document: PageDocument }).document.activeElement;
    if (!el) return { tag: '', role: null, name: '' };
    const label = el.labels && el.labels.length > 0 ? el.labels[0]!.textContent : null;
    const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), name };
  });

/**
 * Presses Tab until the focused element's name matches, as a keyboard user moves through the page;
 * fails with the names it passed when it does not get there. Returns how many presses it took.
 */
export const tabTo = async (page: Page, name: RegExp, options: { max?: number; shift?: boolean } = {}): Promise<number> => {
  const passed: string[] = [];
  for (let presses = 1; presses <= (options.max ?? 80); presses++) {
    await page.keyboard.press(options.shift ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (name.test(now.name)) return presses;
    passed.push(`${now.tag}:${now.name.slice(0, 50)}`);
  }
  throw new Error(`Tab never reached an element named ${name}; it passed: ${passed.join(' | ')}`);
};

/** Counts pointer events a person would make (mouse, touch, pen), so a spec can show it used none. */
export const countPointerEvents = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as { __pointerEvents: number; document: PageDocument };
    scope.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
      scope.document.addEventListener(type, (e) => e.isTrusted && (scope.__pointerEvents += 1), true);
    }
  });
};

export const pointerEventsSoFar = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { __pointerEvents: number }).__pointerEvents);
