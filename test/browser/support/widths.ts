/**
 * The three widths every page is tried at (issue 14): a laptop, a portrait tablet and a phone.
 * The harness opens pages at these; a spec runs its body once per width with `atEachWidth`.
 */
export const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  tablet: { width: 820, height: 1180 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export const VIEWPORT_NAMES = Object.keys(VIEWPORTS) as ViewportName[];

/** Runs `body` at each width in turn, naming the width when it fails. */
export const atEachWidth = async (body: (viewport: ViewportName, width: number) => Promise<void>): Promise<void> => {
  for (const viewport of VIEWPORT_NAMES) {
    try {
      await body(viewport, VIEWPORTS[viewport].width);
    } catch (error) {
      if (error instanceof Error) error.message = `At ${VIEWPORTS[viewport].width} px (${viewport}): ${error.message}`;
      throw error;
    }
  }
};

/** The sideways overflow of the document at its width, in px: 0 when nothing sticks out. */
export const OVERFLOW_SCRIPT = () => {
  const { document, innerWidth } = globalThis as unknown as { document: { scrollingElement: { scrollWidth: number } }; innerWidth: number };
  return document.scrollingElement.scrollWidth - innerWidth;
};
