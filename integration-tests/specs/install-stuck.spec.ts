/**
 * The NFD path on the `mixed` cluster, as a real cluster behaves (the operators' code, see
 * integration-tests/cluster/FIDELITY.md): the operator labels all six NFD-labelled workers
 * kata-oc at once and counts them all; the MachineConfig operator counts the cordoned worker as
 * unavailable, so no node of the pool updates and every one waits; after `kubectl uncordon`
 * the pool rolls; the NotReady worker keeps the worker pool Updating, so the operator never
 * creates the RuntimeClass. The review names the cordoned worker as one that will stop the
 * rollout; the progress says the rollout is stuck, on which node, and what to do.
 */
import { expect, test } from './fixtures';
import {
  KATA_OC_ROLE,
  MIXED_KATA_CAPABLE,
  TEXT,
  expectPhases,
  expectStep,
  kataConfigs,
  kataNodes,
  nodesLabelled,
  rowsIn,
  wizardNext,
} from './install-helpers';

test.use({ scenario: 'mixed', serverKey: 'install-stuck', timeScale: 0.005 });

type Pool = { status?: { machineCount?: number; unavailableMachineCount?: number } };

test('a cordoned target keeps every node waiting; uncordoned, the pool rolls; no RuntimeClass while a worker is NotReady', async ({
  page,
  open,
  server,
  kubectl,
  saveScreenshot,
}) => {
  test.setTimeout(90_000);
  const en = TEXT.en;
  await open('/sandboxed-containers/install');
  await wizardNext(page, 'en');
  await expectStep(page, 'Eligibility method');
  await expect(page.getByTestId('method-nfd')).toBeChecked();
  await wizardNext(page, 'en');
  await expectStep(page, 'NodeFeatureDiscovery');
  await wizardNext(page, 'en');
  await expectStep(page, 'KataConfig');
  await wizardNext(page, 'en');
  await expectStep(page, 'Review');
  // Before NFD runs: the cordoned worker is named as one that will stop the whole rollout.
  await expect(page.getByTestId('review-node-worker-cordoned-0')).toContainText(
    'Cordoned: blocks the whole rollout until it is Ready and schedulable',
  );
  await expect(page.getByTestId('review-blocking')).toContainText(
    'One of these nodes will stop the rollout',
  );
  await wizardNext(page, 'en');
  await page.getByRole('button', { name: en.install, exact: true }).click();
  await expect(page.getByText(en.allSucceeded)).toBeVisible();
  await wizardNext(page, 'en');
  await expectStep(page, 'Progress');

  const waiting = Object.fromEntries(
    MIXED_KATA_CAPABLE.map((n) => [n, n === 'worker-cordoned-0' ? 'cordoned' : 'waiting'] as const),
  );
  await expectPhases(page, 'en', waiting);
  await expect(page.getByTestId('rollout-stuck')).toBeVisible();
  await expect(page.getByTestId('rollout-problem-node-unavailable')).toContainText(
    'Node worker-cordoned-0 is cordoned: it blocks the whole rollout',
  );
  await expect(page.getByTestId('rollout-progress')).toContainText(
    'Kata installed on 0 of 6 nodes',
  );
  // 15 simulated minutes later nothing has moved (a node update takes about 9).
  const t0 = server.cluster.simulatedTime();
  await expect
    .poll(() => server.cluster.simulatedTime() - t0, { timeout: 15_000 })
    .toBeGreaterThan(15 * 60_000);
  await expectPhases(page, 'en', waiting);
  expect(nodesLabelled(server, KATA_OC_ROLE, '')).toEqual(MIXED_KATA_CAPABLE);
  expect(kataNodes(server, 'waitingToInstall')).toEqual(MIXED_KATA_CAPABLE);
  expect(kataConfigs(server).at(0)?.status?.kataNodes).toMatchObject({
    nodeCount: 6,
    readyNodeCount: 0,
  });
  const pool = server.cluster.get(
    'machineconfiguration.openshift.io/v1',
    'MachineConfigPool',
    'kata-oc',
  ) as Pool;
  expect(pool.status).toMatchObject({ machineCount: 6, unavailableMachineCount: 1 });
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  await saveScreenshot('install-progress-stuck-en');

  await kubectl(['uncordon', 'worker-cordoned-0']);
  await expect(page.getByTestId('rollout-stuck')).toBeHidden();
  await expect(rowsIn(page, 'en', 'waiting')).toHaveCount(5);
  await expectPhases(
    page,
    'en',
    Object.fromEntries(MIXED_KATA_CAPABLE.map((n) => [n, 'installed' as const])),
    40_000,
  );
  expect(kataConfigs(server).at(0)?.status?.kataNodes).toMatchObject({
    nodeCount: 6,
    readyNodeCount: 6,
  });
  // worker-notready-0 keeps the worker pool Updating: 10 simulated minutes on, still no RuntimeClass.
  const t1 = server.cluster.simulatedTime();
  await expect
    .poll(() => server.cluster.simulatedTime() - t1, { timeout: 15_000 })
    .toBeGreaterThan(10 * 60_000);
  expect(server.cluster.get('node.k8s.io/v1', 'RuntimeClass', 'kata')).toBeUndefined();
  // So the page does not call it installed.
  await expect(page.getByTestId('rollout-done')).toHaveCount(0);
  await saveScreenshot('install-progress-finishing-en');
  expect(kataConfigs(server).at(0)?.status?.conditions).toEqual([
    expect.objectContaining({ type: 'InProgress', status: 'True', reason: 'Installing' }),
  ]);
});
