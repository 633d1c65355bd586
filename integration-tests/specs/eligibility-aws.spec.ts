/** Node eligibility on the `aws` scenario (eligibility-platforms.ts), and after NFD runs. */
import * as path from 'node:path';
import { expect, test } from './fixtures';
import { NODES_PATH, expectRows, expectTableLoaded } from './eligibility-page';
import { AWS, awsRows, platformTests } from './eligibility-platforms';

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
  await expectRows(page, 'ja', awsRows(false));
});
