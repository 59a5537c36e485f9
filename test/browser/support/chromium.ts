import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a machine without a network: no GPU, and none of the
 * background connections (updates, sync, QUIC probes) that a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Swedish browser, so date and time inputs read ÅÅÅÅ-MM-DD and 24-hour time, as our users see
  // them. Chromium takes this flag on Windows and macOS; on Linux it reads LANGUAGE (below).
  '--lang=sv-SE',
] as const;

/**
 * The browser's own language on Linux. The page's `locale` (Intl, Accept-Language) is the
 * context's; how an `<input type="date">` draws its value is the browser's, and Chromium falls
 * back to en-US (mm/dd/yyyy) unless its Swedish locale file is installed.
 */
export const CHROMIUM_ENV = { LANGUAGE: 'sv_SE:sv', LANG: 'sv_SE.UTF-8' } as const;

/** What every browser context is created with: a Swedish user in Sweden. */
export const SWEDISH_CONTEXT = { locale: 'sv-SE', timezoneId: 'Europe/Stockholm' } as const;

/** Where Chromium keeps its UI languages: beside the binary, or Debian's /usr/lib/chromium behind the /usr/bin wrapper. */
const swedishLocaleFile = (): string | undefined =>
  [join(dirname(realpathSync(CHROMIUM_PATH)), 'locales'), '/usr/lib/chromium/locales'].map((dir) => join(dir, 'sv.pak')).find((file) => existsSync(file));

/**
 * Launches a Swedish Chromium, or fails with what to do: the browser specs are part of `npm test`
 * and must never pass by skipping, nor take screenshots in another language's date format.
 * Playwright gives every launch a fresh, empty user-data directory.
 */
export const launchChromium = async (): Promise<Browser> => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: install Debian's packages ` +
        '(`apt-get update && apt-get install -y chromium chromium-l10n`, which .ci/run does) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  if (swedishLocaleFile() === undefined) {
    throw new Error(
      `Chromium at ${CHROMIUM_PATH} has no Swedish (locales/sv.pak), so date inputs would show mm/dd/yyyy. ` +
        "Install Debian's `chromium-l10n` (`apt-get install -y chromium-l10n`, which .ci/run does).",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    env: { ...process.env, ...CHROMIUM_ENV },
  });
};
