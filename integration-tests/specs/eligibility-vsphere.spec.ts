/** Node eligibility on the `vsphere` scenario (eligibility-platforms.ts). */
import { test } from './fixtures';
import { VSPHERE, platformTests } from './eligibility-platforms';

test.use({ serverKey: 'eligibility-vsphere', scenario: 'vsphere' });

platformTests(VSPHERE);
