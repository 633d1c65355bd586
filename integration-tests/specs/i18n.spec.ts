/**
 * Japanese mode shows no untranslated English on any plugin route or the Node tab, the language
 * switch re-renders in place, and the leak check is shown to fail on planted English.
 */
import { expect } from './fixtures';
import { tr } from './locales';
import { noEnglishOnEveryPage, REPORTED_LEAKS } from './i18n-suite';
import { expectRouteTitle, PLUGIN_ROUTES, routeNamed, qualityTest as test } from './pages';
import { expectNoEnglishLeak, setLanguage, waitForPluginIdle } from './quality';

/** Nothing installed yet, every kind of node (i18n-installed.spec.ts: a KataConfig rolled out). */
test.use({ serverKey: 'i18n', scenario: 'mixed' });

noEnglishOnEveryPage();

test.describe('switching language', () => {
  test('English to Japanese re-renders every route in place, with no English left', async ({
    page,
    open,
  }) => {
    await open('/sandboxed-containers/nodes?lng=en');
    await page.evaluate(() => {
      (window as unknown as { hostMarker: string }).hostMarker = 'same-document';
    });
    for (const route of PLUGIN_ROUTES) {
      await page.getByTestId('nav-sandboxed-containers').click();
      await page.getByRole('tab', { name: tr('en', route.tab), exact: true }).click();
      await expectRouteTitle(page, route, 'en');
      await setLanguage(page, 'ja');
      await expectRouteTitle(page, route, 'ja');
      await waitForPluginIdle(page);
      await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
      await setLanguage(page, 'en');
      await expectRouteTitle(page, route, 'en');
    }
    expect(
      await page.evaluate(() => (window as unknown as { hostMarker?: string }).hostMarker),
      'no reload happened',
    ).toBe('same-document');
  });
});

test.describe('the leak check bites', () => {
  test.beforeEach(async ({ page, open }) => {
    await open('/sandboxed-containers/nodes?lng=ja');
    await expectRouteTitle(page, routeNamed('nodes'), 'ja');
    await waitForPluginIdle(page);
  });

  test('an English sentence in the page fails it', async ({ page }) => {
    await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.append(document.createTextNode('This sentence was never translated.'));
      document.querySelector('main')?.append(p);
    });
    await expect(expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] })).rejects.toThrow(
      /This sentence was never translated/,
    );
  });

  test('an English aria-label fails it', async ({ page }) => {
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.setAttribute('aria-label', 'Close the panel');
      button.append(document.createTextNode('×'));
      document.querySelector('main')?.append(button);
    });
    await expect(expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] })).rejects.toThrow(
      /Close the panel/,
    );
  });

  test('an English nav label fails it', async ({ page }) => {
    await page.evaluate(() => {
      const link = document.querySelector('[data-test="nav-sandboxed-containers"]');
      if (link) link.textContent = 'Sandboxed containers';
    });
    await expect(expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] })).rejects.toThrow(
      /Sandboxed containers/,
    );
  });

  test('English in a code block, marked lang="en", or outside the plugin area, passes', async ({
    page,
  }) => {
    await page.evaluate(() => {
      const message = document.createElement('p');
      message.lang = 'en';
      message.append(document.createTextNode('An API message the console shows as it is.'));
      document.querySelector('main')?.append(message);
      const pre = document.createElement('pre');
      pre.append(document.createTextNode('apiVersion: v1\nkind: Pod\nspec: not translated here'));
      document.querySelector('main')?.append(pre);
      document
        .querySelector('[data-test="masthead-brand"]')
        ?.append(document.createTextNode(' host text is not the plugin'));
    });
    await expect(page.getByText('spec: not translated here')).toBeVisible();
    await expectNoEnglishLeak(page, { allow: [...REPORTED_LEAKS] });
  });
});
