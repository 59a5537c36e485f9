import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

export const APP_NAME = 'Samverkan';

/** Sets the tab's title: "Beslut – Samverkan" (WCAG 2.4.2). */
export const usePageTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
};

/**
 * The location the document was loaded at. Its page leaves focus at the top of the document, so the
 * skip link is the first stop of Tab; every later location moves focus to its heading. (The key
 * itself cannot say "first": it survives a reload. Comparing keys also holds when StrictMode runs
 * an effect twice.)
 */
let loadedAtKey: string | null = null;

/**
 * The page's one h1, which also names the tab. After a navigation inside the app the heading takes
 * focus, so a screen reader announces the new page and Tab continues from its top, as after a
 * full page load.
 */
export const PageHeading = ({ title, children }: { title: string; children?: ReactNode }) => {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    loadedAtKey ??= location.key;
    if (location.key !== loadedAtKey) ref.current?.focus();
  }, [location.key]);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
};
