import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';

jest.setTimeout(120_000);

const PASSWORD = 'ett långt eget lösenord';

/**
 * An administrator makes an account in Konton and hands over the one-time link; the person opens
 * it in their own browser, chooses a password and signs in, and a second tab of that browser is
 * signed in too (the session is a cookie, not per tab).
 */
describe('accounts in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(() => h.close());

  it('an administrator creates an account; its one-time link sets the password; the account signs in and works in every tab', async () => {
    const admin = await h.newPage();
    await h.signIn(admin, 'admin', '/konton');
    await admin.getByRole('heading', { name: 'Konton', level: 1 }).waitFor();
    await h.check(admin, 'konton');
    await admin.getByLabel('Användarnamn').fill('lund.samordnare');
    await admin.getByLabel('Namn (obligatoriskt)', { exact: true }).fill('Samordnare, Lunds kommun');
    await admin.getByRole('button', { name: 'Skapa konto' }).click();
    const linkField = admin.getByLabel('Engångslänk för Samordnare, Lunds kommun');
    await linkField.waitFor();
    const link = new URL(await linkField.inputValue());
    expect(link.pathname).toMatch(/^\/losenord\/[A-Za-z0-9_-]{40,}$/);
    await admin.getByRole('cell', { name: 'Samordnare, Lunds kommun', exact: true }).waitFor();

    const person = await h.newPage();
    await person.goto(link.pathname);
    await person.getByLabel('Nytt lösenord').fill(PASSWORD);
    await person.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await person.getByRole('button', { name: 'Spara lösenord' }).click();
    await person.getByText('Ditt lösenord är sparat').waitFor();

    await person.goto('/logga-in');
    await person.getByLabel('Användarnamn').fill('lund.samordnare');
    await person.getByLabel('Lösenord').fill(PASSWORD);
    await person.getByRole('button', { name: 'Logga in' }).click();
    await person.waitForURL((url) => url.pathname !== '/logga-in');

    const secondTab = await person.context().newPage();
    await secondTab.goto('/mitt-konto');
    await secondTab.getByRole('heading', { name: 'Mitt konto' }).waitFor();
    expect(await secondTab.getByRole('main').textContent()).toContain('Samordnare, Lunds kommun');
    expect(await secondTab.evaluate(() => JSON.stringify((globalThis as unknown as { sessionStorage: Storage }).sessionStorage))).not.toContain('csrf');

    // The link worked once: opening it again refuses, in Swedish.
    const again = await h.newPage();
    await again.goto(link.pathname);
    await again.getByLabel('Nytt lösenord').fill('ett annat långt lösenord');
    await again.getByLabel('Upprepa lösenordet').fill('ett annat långt lösenord');
    await again.getByRole('button', { name: 'Spara lösenord' }).click();
    await again.getByText('Länken är redan använd').waitFor();

    // Removing asks first, then erases the name: the list and history say "Borttagen användare".
    await admin.getByRole('button', { name: 'Ta bort Samordnare, Lunds kommun' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Ta bort kontot?' });
    await dialog.waitFor();
    await h.check(admin, 'konton-ta-bort');
    await dialog.getByRole('button', { name: 'Ta bort kontot' }).click();
    await admin.getByRole('row').filter({ hasText: 'Borttagen användare' }).filter({ hasText: 'Borttaget' }).waitFor();
    expect(await admin.getByRole('cell', { name: 'Samordnare, Lunds kommun', exact: true }).count()).toBe(0);
  });

  it('signing out revokes the session in every tab', async () => {
    const first = await h.newPage();
    await h.signIn(first, 'lomma.samordnare', '/mitt-konto');
    const second = await first.context().newPage();
    await second.goto('/mitt-konto');
    await second.getByRole('heading', { name: 'Mitt konto' }).waitFor();
    await first.getByRole('button', { name: 'Logga ut' }).click();
    await first.getByText('Du är utloggad.').waitFor();
    await second.reload();
    await second.getByRole('heading', { name: 'Logga in' }).waitFor();
  });
});
