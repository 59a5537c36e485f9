import type { Locator } from 'playwright-core';

/**
 * What keeps a part of the page (a form, a panel, a goal) from being used at the window's width:
 * any element reaching past the window's left or right edge (something to scroll sideways for),
 * and any label, legend or control that takes no room (hidden, behind a menu, collapsed). An empty
 * list when the part fits. A visually hidden text (`.visually-hidden`) and the inside of a closed
 * `<details>` are not counted.
 */
export const unfit = (part: Locator): Promise<string[]> =>
  part.evaluate((root: any) => {
    const width = (globalThis as any).document.documentElement.clientWidth;
    const name = (el: any) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
    // Text for screen readers only, and what a closed <details> keeps folded until its summary is clicked.
    const shown = (el: any) => el.closest('.visually-hidden, details:not([open]) > :not(summary)') === null;
    const problems: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')].filter(shown)) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
        problems.push(`${name(el)} reaches past the window (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    }
    for (const el of [...root.querySelectorAll('label, legend, summary, input, select, textarea, button')].filter(shown)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) problems.push(`${name(el)} "${(el.textContent ?? '').trim().slice(0, 60)}" is not shown`);
    }
    return problems;
  });
