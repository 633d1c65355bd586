/** Node eligibility on the `vsphere` scenario: every node is a VM, so nested virtualization. */
import { expect, settle, test } from './fixtures';
import {
  LANGUAGES,
  NODES_PATH,
  checkItem,
  checksButton,
  checksPanel,
  expectRows,
  expectSummaryCount,
  expectTableLoaded,
  type RowExpectation,
} from './eligibility-page';
import { tr } from './locales';

test.use({ serverKey: 'eligibility-vsphere', scenario: 'vsphere' });

const NESTED = 'Virtual machine: nested virtualization is not supported';

/** From integration-tests/cluster/scenarios/vsphere.yaml. */
const VSPHERE: RowExpectation[] = [
  { name: 'master-0', verdict: 'not-eligible', reason: 'Not a worker node' },
  { name: 'master-1', verdict: 'not-eligible', reason: 'Not a worker node' },
  { name: 'master-2', verdict: 'not-eligible', reason: 'Not a worker node' },
  // worker-0 and worker-1 expose VMX to the VM: still nested virtualization.
  { name: 'worker-0', verdict: 'not-eligible', reason: NESTED },
  { name: 'worker-1', verdict: 'not-eligible', reason: NESTED },
  { name: 'worker-2', verdict: 'not-eligible', reason: NESTED },
];

for (const lng of LANGUAGES) {
  test(`every node shows its verdict and reason (${lng})`, async ({
    page,
    open,
    saveScreenshot,
  }) => {
    await open(`${NODES_PATH}?lng=${lng}`);
    await expectTableLoaded(page);
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lng, 'Node eligibility') }),
    ).toBeVisible();
    await expectRows(page, lng, VSPHERE);
    await expectSummaryCount(page, 'not-eligible', 6);
    await settle(page);
    await saveScreenshot(`nodes-vsphere-${lng}`);
  });
}

test('a worker exposing VMX fails the platform check as nested virtualization', async ({
  page,
  open,
}) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await checksButton(page, 'en', 'worker-0').click();
  const platform = checkItem(checksPanel(page), 'platform');
  await expect(platform.getByTestId('check-status')).toHaveText('Failed');
  await expect(platform).toContainText(NESTED);
  await expect(platform.locator('code')).toContainText([
    'Infrastructure status.platformStatus.type=VSphere',
    /^spec\.providerID=vsphere:\/\//,
  ]);
  await expect(platform.getByTestId('check-hint')).toHaveText(
    tr(
      'en',
      'Each Kata pod runs in a virtual machine, so the node must be bare metal: use on-premise bare-metal nodes or AWS bare-metal instances.',
    ),
  );
});
