import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp, type TestAppOptions } from '../../support/test-app.js';
import { expectNoAxeViolations } from './axe.js';
import { launchChromium, SWEDISH_CONTEXT } from './chromium.js';
import { ensureWebBuilt, REPO_ROOT } from './web-build.js';
import { VIEWPORTS, type ViewportName } from './widths.js';

export const ARTIFACTS = join(REPO_ROOT, 'test/artifacts');

export { VIEWPORTS, type ViewportName };

export interface BrowserHarness {
  readonly server: TestApp;
  readonly browser: Browser;
  /** A new browser (own cookies and sessionStorage), Swedish, at a viewport. */
  newPage(viewport?: ViewportName): Promise<Page>;
  /** Signs in through the sign-in page and waits until the app has left it. */
  signIn(page: Page, username: string, path?: string): Promise<void>;
  /** axe-core on the page as it is now, then a full-page screenshot to test/artifacts/<name>.png. */
  check(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API on the embedded store (a temporary DATA_DIR with the demo agreements), serving the
 * built web app, and a headless Chromium driven by playwright-core.
 */
export const startBrowserHarness = async (
  options: Pick<TestAppOptions, 'clock' | 'port'> & { readonly env?: Record<string, string> } = {},
): Promise<BrowserHarness> => {
  // A copy of the build, so a rebuild of dist/web while the suite runs cannot pull assets from under it.
  const webDir = mkdtempSync(join(tmpdir(), 'samverkan-web-'));
  cpSync(ensureWebBuilt(), webDir, { recursive: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  let browser: Browser;
  let server: TestApp;
  try {
    browser = await launchChromium();
  } catch (error) {
    rmSync(webDir, { recursive: true, force: true });
    throw error;
  }
  try {
    const { env = {}, ...appOptions } = options;
    server = await startTestApp(env, { ...appOptions, webDir });
  } catch (error) {
    await browser.close();
    rmSync(webDir, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const pageErrors = new WeakMap<Page, string[]>();

  const newPage = async (viewport: ViewportName = 'laptop') => {
    const context = await browser.newContext({
      baseURL: server.origin,
      viewport: VIEWPORTS[viewport],
      ...SWEDISH_CONTEXT,
      // The page's Content-Security-Policy forbids inline scripts; axe-core is injected as one.
      bypassCSP: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  };

  const signIn = async (page: Page, username: string, path = '/') => {
    await page.goto(path);
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => url.pathname !== '/logga-in');
  };

  const check = async (page: Page, name: string) => {
    const errors = pageErrors.get(page) ?? [];
    if (errors.length > 0) throw new Error(`The page "${name}" threw: ${errors.join('; ')}`);
    await expectNoAxeViolations(page, name);
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  };

  return {
    server,
    browser,
    newPage,
    signIn,
    check,
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      rmSync(webDir, { recursive: true, force: true });
    },
  };
};
