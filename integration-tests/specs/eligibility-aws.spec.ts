/**
 * Node eligibility on the `aws` scenario: m5.xlarge workers are not bare metal; *.metal workers
 * are unknown until NFD labels them (no NodeFeatureDiscovery at start), then eligible, and stay
 * labelled when the NodeFeatureDiscovery is deleted (as the NFD operator does).
 */
import * as path from 'node:path';
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

test.use({ serverKey: 'eligibility-aws', scenario: 'aws' });

const NFD_YAML = path.resolve(__dirname, '../cluster/fixtures/nfd.yaml');
const NOT_WORKER = 'Not a worker node';
const NO_NFD = 'Virtualization support unknown: no NodeFeatureDiscovery exists';
const NOT_METAL = 'AWS instance type {{instanceType}} is not bare metal';
const XLARGE = { instanceType: 'm5.xlarge' };

const MASTERS = [
  'ip-10-0-1-10.ec2.internal',
  'ip-10-0-2-11.ec2.internal',
  'ip-10-0-3-12.ec2.internal',
];
const METAL = ['ip-10-0-1-20.ec2.internal', 'ip-10-0-2-21.ec2.internal'];
const NOT_METAL_WORKERS = [
  'ip-10-0-1-30.ec2.internal',
  'ip-10-0-2-31.ec2.internal',
  'ip-10-0-3-32.ec2.internal',
];

/** From integration-tests/cluster/scenarios/aws.yaml, with or without NFD's labels. */
const expected = (nfd: boolean): RowExpectation[] => [
  ...MASTERS.map((name): RowExpectation => ({ name, verdict: 'not-eligible', reason: NOT_WORKER })),
  ...METAL.map((name): RowExpectation =>
    nfd ? { name, verdict: 'eligible', reason: '' } : { name, verdict: 'unknown', reason: NO_NFD },
  ),
  ...NOT_METAL_WORKERS.map((name): RowExpectation => ({
    name,
    verdict: 'not-eligible',
    reason: NOT_METAL,
    values: XLARGE,
  })),
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
    await expectRows(page, lng, expected(false));
    await expectSummaryCount(page, 'not-eligible', 6);
    await expectSummaryCount(page, 'unknown', 2);
    await settle(page);
    await saveScreenshot(`nodes-aws-${lng}`);
  });
}

test('an m5.xlarge worker fails the platform check with its instance type', async ({
  page,
  open,
}) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await checksButton(page, 'en', 'ip-10-0-1-30.ec2.internal').click();
  const platform = checkItem(checksPanel(page), 'platform');
  await expect(platform.getByTestId('check-status')).toHaveText('Failed');
  await expect(platform.locator('code')).toContainText([
    'Infrastructure status.platformStatus.type=AWS',
    /^spec\.providerID=aws:\/\/\//,
    'node.kubernetes.io/instance-type=m5.xlarge',
  ]);
  await expect(platform.getByTestId('check-hint')).toHaveText(
    tr('en', 'Use an AWS bare-metal instance type (for example m5.metal) for Kata nodes.'),
  );
});

test('the *.metal workers become eligible once NFD labels them (seed nfd.yaml)', async ({
  page,
  open,
  kubectl,
}) => {
  await open(`${NODES_PATH}?lng=ja`);
  await expectTableLoaded(page);
  await expect(page.getByTestId('nfd-callout')).toBeVisible();
  await kubectl(['create', '-f', NFD_YAML]);
  try {
    await expectRows(page, 'ja', expected(true));
    await expect(page.getByTestId('nfd-callout')).toHaveCount(0);
  } finally {
    await kubectl(['delete', '-f', NFD_YAML]);
  }
  // The NFD operator keeps the labels when its NodeFeatureDiscovery is deleted (no
  // prunerOnDelete): the nodes stay labelled, so their verdicts do not change.
  expect(
    await kubectl([
      'get',
      'nodes',
      '-l',
      'feature.node.kubernetes.io/runtime.kata=true',
      '-o',
      'name',
    ]),
  ).toBe(METAL.map((n) => `node/${n}\n`).join(''));
  await expectRows(page, 'ja', expected(true));
});
