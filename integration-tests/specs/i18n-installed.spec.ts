/** Japanese mode once a KataConfig is rolled out (scenario installed): no English left. */
import { test } from './fixtures';
import { noEnglishOnEveryPage } from './i18n-suite';

test.use({ scenario: 'installed' });

noEnglishOnEveryPage();
