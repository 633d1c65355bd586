/**
 * Node eligibility on the `aws` scenario (eligibility-platforms.ts): m5.xlarge workers are not bare
 * metal; *.metal workers are unknown until NFD labels them (no NodeFeatureDiscovery at start), then
 * eligible, and stay labelled when the NodeFeatureDiscovery is deleted (as the NFD operator does).
 */
import * as path from 'node:path';
import { expect, test } from './fixtures';
import { NODES_PATH, expectRows, expectTableLoaded } from './eligibility-page';
import { AWS, AWS_METAL, awsRows, platformTests } from './eligibility-platforms';

test.use({ serverKey: 'eligibility-aws', scenario: 'aws' });

platformTests(AWS);

test('the *.metal workers become eligible once NFD labels them (the documented nfd.yaml)', async ({
  page,
  open,
  kubectl,
}) => {
  const nfdYaml = path.resolve(__dirname, '../cluster/fixtures/nfd.yaml');
  await open(`${NODES_PATH}?lng=ja`);
  await expectTableLoaded(page);
  await expect(page.getByTestId('nfd-callout')).toBeVisible();
  await kubectl(['create', '-f', nfdYaml]);
  try {
    await expectRows(page, 'ja', awsRows(true));
    await expect(page.getByTestId('nfd-callout')).toHaveCount(0);
  } finally {
    await kubectl(['delete', '-f', nfdYaml]);
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
  ).toBe(AWS_METAL.map((n) => `node/${n}\n`).join(''));
  await expectRows(page, 'ja', awsRows(true));
});
