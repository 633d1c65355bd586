/** Japanese mode once a KataConfig is rolled out (scenario installed): no English left. */
import { noEnglishOnEveryPage } from './i18n-suite';
import { qualityTest as test } from './pages';

test.use({ serverKey: 'i18n-installed', scenario: 'installed' });

noEnglishOnEveryPage();
