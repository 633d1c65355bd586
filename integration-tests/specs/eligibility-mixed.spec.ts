/**
 * Node eligibility on the `mixed` bare-metal scenario (NFD and OSC installed, no
 * NodeFeatureDiscovery, no KataConfig): verdicts and reasons per node in English and Japanese,
 * summary cards, the checks panel (evidence, hint, keyboard), a live label change and the Node tab.
 */
import * as path from 'node:path';
import { expect, settle, test, type RequestLogEntry } from './fixtures';
import {
  KATA_LABEL,
  LANGUAGES,
  NODES_PATH,
  VERDICT_TEXT,
  checkItem,
  checksButton,
  checksPanel,
  documentMarker,
  expectRow,
  expectSummaryCount,
  expectTableLoaded,
  markDocument,
  rowOf,
  rows,
  trf,
  type RowExpectation,
} from './eligibility-page';
import { platformTests } from './eligibility-platforms';
import { tr } from './locales';

test.use({ serverKey: 'eligibility-mixed', scenario: 'mixed' });

const NOT_WORKER = 'Not a worker node';
// Without a NodeFeatureDiscovery nothing reports VMX/SVM: hardware virtualization is unknown.
const NO_NFD = 'Virtualization support unknown: no NodeFeatureDiscovery exists';

/** From integration-tests/cluster/scenarios/mixed.yaml. */
const MIXED: RowExpectation[] = [
  { name: 'master-0', verdict: 'not-eligible', reason: NOT_WORKER },
  { name: 'master-1', verdict: 'not-eligible', reason: NOT_WORKER },
  { name: 'master-2', verdict: 'not-eligible', reason: NOT_WORKER },
  { name: 'worker-intel-0', verdict: 'unknown', reason: NO_NFD },
  { name: 'worker-intel-1', verdict: 'unknown', reason: NO_NFD },
  { name: 'worker-amd-0', verdict: 'unknown', reason: NO_NFD },
  { name: 'worker-amd-1', verdict: 'unknown', reason: NO_NFD },
  { name: 'worker-rhel-0', verdict: 'not-eligible', reason: 'RHEL nodes are not supported' },
  { name: 'worker-notready-0', verdict: 'not-eligible', reason: 'The node is not Ready' },
  // VMX but no kvm module: only NFD's rule (cpuId + loadedKMod) can tell.
  { name: 'worker-nokvm-0', verdict: 'unknown', reason: NO_NFD },
  // Cordoned is a warning, not a verdict: like its VMX siblings, unknown until NFD reports it.
  { name: 'worker-cordoned-0', verdict: 'unknown', reason: NO_NFD },
];

const CORDONED = 'The node is unschedulable (cordoned)';
/** The warning status, spelled out (not read from the locales) so a bad translation fails. */
const WARNING_TEXT = { en: 'Warning', ja: '警告' } as const;

platformTests({
  scenario: 'mixed',
  rows: MIXED,
  counts: { 'not-eligible': 5, unknown: 6 },
  nfdCallout: true,
});

test('the summary cards filter the table', async ({ page, open }) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  const notEligible = page.getByRole('button', { name: 'Show only nodes that are not eligible' });
  const unknown = page.getByRole('button', {
    name: 'Show only nodes whose eligibility is unknown',
  });
  const eligible = page.getByRole('button', { name: 'Show only eligible nodes' });
  const status = page.getByRole('button', { name: 'Filter by eligibility' });

  await notEligible.click();
  await expect(notEligible).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('Not eligible');
  await expect(rows(page)).toHaveCount(5);
  await expect(rows(page).getByTestId('verdict')).toHaveText(Array(5).fill('Not eligible'));

  await unknown.click();
  await expect(notEligible).toHaveAttribute('aria-pressed', 'false');
  await expect(rows(page)).toHaveCount(6);
  await expect(rows(page).getByTestId('verdict')).toHaveText(Array(6).fill('Unknown'));

  // No eligible node before NFD or a label: the empty state, not an empty table.
  await eligible.click();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('no-match')).toBeVisible();

  // The active card again clears the filter.
  await eligible.click();
  await expect(eligible).toHaveAttribute('aria-pressed', 'false');
  await expect(status).toHaveText('All eligibility states');
  await expect(rows(page)).toHaveCount(MIXED.length);
});

test('the checks panel lists every check with its evidence and hint', async ({ page, open }) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await checksButton(page, 'en', 'worker-rhel-0').click();
  const panel = checksPanel(page);
  await expect(panel.getByRole('heading', { name: 'Checks for worker-rhel-0' })).toBeVisible();
  const list = panel.getByRole('list', { name: 'Eligibility checks for worker-rhel-0' });
  await expect(list.getByRole('listitem')).toHaveCount(8);

  const os = checkItem(list, 'os');
  await expect(os.getByTestId('check-status')).toHaveText('Failed');
  await expect(os).toContainText('RHEL nodes are not supported');
  await expect(os.locator('code')).toHaveText(['node.openshift.io/os_id=rhel']);
  await expect(os.getByTestId('check-hint')).toHaveText(
    tr(
      'en',
      'OpenShift sandboxed containers supports only Red Hat Enterprise Linux CoreOS (RHCOS) worker nodes. Run Kata workloads on RHCOS workers.',
    ),
  );

  const role = checkItem(list, 'role');
  await expect(role.getByTestId('check-status')).toHaveText('Passed');
  await expect(role.locator('code')).toHaveText(['node-role.kubernetes.io/worker=']);

  const virtualization = checkItem(list, 'virtualization');
  await expect(virtualization.getByTestId('check-status')).toHaveText('Unknown');
  await expect(virtualization).toContainText(NO_NFD);
  await expect(virtualization.getByTestId('check-hint')).toHaveText(
    tr(
      'en',
      'Create a NodeFeatureDiscovery so that NFD labels the nodes, or apply the label by hand to nodes known to be eligible.',
    ),
  );

  await expect(checkItem(list, 'memory').locator('code')).toHaveText([
    /^status\.allocatable\.memory=\d+Ki$/,
  ]);
});

test('a row opens and closes its checks with the keyboard', async ({ page, open }) => {
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  const name = 'worker-notready-0';
  const button = checksButton(page, 'en', name);
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // The row is the one tab stop; its link and Checks button are reached with the mouse.
  const row = rowOf(page, name);
  await row.focus();
  await expect(button).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  // The panel takes the Checks column's width: the row stays selected.
  await expect(row).toHaveClass(/pf-m-selected/);
  const title = checksPanel(page).getByText(`Checks for ${name}`, { exact: true });
  await expect(title).toBeFocused();
  const ready = checkItem(checksPanel(page), 'ready');
  await expect(ready.getByTestId('check-status')).toHaveText('Failed');
  await expect(ready.locator('code')).toHaveText(['status.conditions[Ready].status=False']);

  await page.keyboard.press('Escape');
  await expect(checksPanel(page).getByRole('list')).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(row).toBeFocused();

  // Space opens it as well.
  await page.keyboard.press('Space');
  await expect(row).toHaveClass(/pf-m-selected/);
  await expect(title).toBeFocused();
});

test('labelling a node with kubectl updates its row live, without a reload', async ({
  page,
  open,
  kubectl,
  sim,
}) => {
  const name = 'worker-intel-1';
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await expectRow(page, 'en', { name, verdict: 'unknown', reason: NO_NFD });
  await checksButton(page, 'en', name).click();
  const label = checkItem(checksPanel(page), 'label');
  await expect(label.getByTestId('check-status')).toHaveText('Not applicable');
  await markDocument(page);
  const url = page.url();
  const nodeLists = (log: RequestLogEntry[]) =>
    log.filter((r) => r.method === 'GET' && r.path === '/api/v1/nodes' && !r.watch);
  expect(nodeLists(await sim.requests()), 'the page listed the nodes').not.toEqual([]);
  await sim.clearRequests();

  await kubectl(['label', 'node', name, `${KATA_LABEL}=true`]);
  try {
    await expectRow(page, 'en', { name, verdict: 'eligible', reason: '' });
    await expect(label.getByTestId('check-status')).toHaveText('Passed');
    await expect(label.locator('code')).toHaveText([`${KATA_LABEL}=true`]);
    const virtualization = checkItem(checksPanel(page), 'virtualization');
    await expect(virtualization.getByTestId('check-status')).toHaveText('Passed');
    await expect(virtualization.getByTestId('check-hint')).toHaveText(
      tr(
        'en',
        'NFD has not confirmed VMX or SVM on this node. Apply the label by hand only to nodes known to be eligible.',
      ),
    );
    await expectSummaryCount(page, 'eligible', 1);
  } finally {
    await kubectl(['label', 'node', name, `${KATA_LABEL}-`]);
  }
  await expectRow(page, 'en', { name, verdict: 'unknown', reason: NO_NFD });
  expect(await documentMarker(page), 'no navigation or reload').toBe('same-document');
  expect(page.url()).toBe(url);
  // The change came through the existing watch: the page did not list the nodes again.
  expect(nodeLists(await sim.requests()), 'node lists after the page loaded').toEqual([]);
});

for (const lng of LANGUAGES) {
  test(`a cordoned node is Eligible, the cordon a warning in the table and its checks (${lng})`, async ({
    page,
    open,
    kubectl,
    saveScreenshot,
  }) => {
    const name = 'worker-cordoned-0';
    await open(`${NODES_PATH}?lng=${lng}`);
    await expectTableLoaded(page);
    await expectRow(page, lng, { name, verdict: 'unknown', reason: NO_NFD });
    // The administrator vouches for its hardware, as the documentation allows for nodes known to
    // be eligible: nothing else holds it back, and being cordoned is a passing state.
    await kubectl(['label', 'node', name, `${KATA_LABEL}=true`]);
    try {
      await expectRow(page, lng, { name, verdict: 'eligible', reason: CORDONED });
      const reason = rowOf(page, name).getByTestId('reason');
      await expect(reason.getByTestId('status-icon-warn')).toBeVisible();
      await expect(reason.locator('.pf-m-warning')).toHaveCount(1);
      // The counts stay counts of verdicts: it is among the eligible ones.
      await expectSummaryCount(page, 'eligible', 1);
      await expectSummaryCount(page, 'not-eligible', 5);

      await checksButton(page, lng, name).click();
      const panel = checksPanel(page);
      await expect(panel.getByTestId('verdict')).toHaveText(VERDICT_TEXT[lng].eligible);
      const schedulable = checkItem(panel, 'schedulable');
      await expect(schedulable.getByTestId('check-status')).toHaveText(WARNING_TEXT[lng]);
      await expect(schedulable.getByTestId('status-icon-warn')).toBeVisible();
      await expect(schedulable).toContainText(tr(lng, CORDONED));
      await expect(schedulable.locator('code')).toHaveText(['spec.unschedulable=true']);
      await expect(schedulable.getByTestId('check-hint')).toHaveText(
        tr(lng, 'Make the node schedulable again (oc adm uncordon) when its maintenance is over.'),
      );
      await schedulable.scrollIntoViewIfNeeded();
      await settle(page);
      await saveScreenshot(`nodes-cordoned-${lng}`);

      // Uncordoned (maintenance over, or the Machine Config Daemon done with it): no warning left.
      await kubectl(['uncordon', name]);
      try {
        await expectRow(page, lng, { name, verdict: 'eligible', reason: '' });
        await expect(schedulable.getByTestId('check-status')).toHaveText(tr(lng, 'Passed'));
      } finally {
        await kubectl(['cordon', name]);
      }
    } finally {
      await kubectl(['label', 'node', name, `${KATA_LABEL}-`]);
    }
    await expectRow(page, lng, { name, verdict: 'unknown', reason: NO_NFD });
  });

  test(`the Node tab shows the checks of that node (${lng})`, async ({
    page,
    open,
    saveScreenshot,
  }) => {
    const name = 'worker-notready-0';
    await open(`/k8s/cluster/nodes/${name}/sandboxed-containers?lng=${lng}`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const tab = page.getByTestId('node-eligibility-tab');
    const list = tab.getByRole('list', {
      name: trf(lng, 'Eligibility checks for {{name}}', { name }),
    });
    await expect(list.getByRole('listitem')).toHaveCount(8);
    await expect(tab.getByTestId('verdict')).toHaveText(VERDICT_TEXT[lng]['not-eligible']);
    await expect(tab).toContainText(tr(lng, 'The node is not Ready'));
    const ready = checkItem(list, 'ready');
    await expect(ready.getByTestId('check-status')).toHaveText(tr(lng, 'Failed'));
    await expect(ready.locator('code')).toHaveText(['status.conditions[Ready].status=False']);
    await expect(ready.getByTestId('check-hint')).toHaveText(
      tr(
        lng,
        'Kata cannot be installed on or run pods on a node that is not Ready. Check the node conditions.',
      ),
    );
    await expect(checkItem(list, 'role').getByTestId('check-status')).toHaveText(tr(lng, 'Passed'));
    await expect(checkItem(list, 'os').getByTestId('check-status')).toHaveText(tr(lng, 'Passed'));
    await settle(page);
    await saveScreenshot(`node-tab-${lng}`);
  });
}

test('once the documented NFD rule runs, a VMX node without the kvm modules is not eligible', async ({
  page,
  open,
  kubectl,
}) => {
  const nfdYaml = path.resolve(__dirname, '../cluster/fixtures/nfd.yaml');
  await open(`${NODES_PATH}?lng=en`);
  await expectTableLoaded(page);
  await expectRow(page, 'en', { name: 'worker-nokvm-0', verdict: 'unknown', reason: NO_NFD });
  await kubectl(['create', '-f', nfdYaml]);
  try {
    // The rule needs cpuId VMX/SVM AND loadedKMod kvm + kvm_intel/kvm_amd (OSC docs › Checking node eligibility).
    await expectRow(page, 'en', { name: 'worker-intel-0', verdict: 'eligible', reason: '' });
    await expectRow(page, 'en', {
      name: 'worker-nokvm-0',
      verdict: 'not-eligible',
      reason: 'The CPU supports virtualization, but the kvm kernel modules are not loaded',
    });
    // nfd-worker is a DaemonSet, which tolerates the unschedulable taint: the cordoned worker is
    // labelled too, and eligible, its cordon a warning.
    await expectRow(page, 'en', {
      name: 'worker-cordoned-0',
      verdict: 'eligible',
      reason: CORDONED,
    });
  } finally {
    await kubectl(['delete', '-f', nfdYaml]);
  }
  // The NFD operator keeps its labels when the NodeFeatureDiscovery goes (no prunerOnDelete).
  expect(
    await kubectl([
      'get',
      'node',
      'worker-intel-0',
      '-o',
      'jsonpath={.metadata.labels.feature\\.node\\.kubernetes\\.io/runtime\\.kata}',
    ]),
  ).toBe('true');
  await expectRow(page, 'en', { name: 'worker-intel-0', verdict: 'eligible', reason: '' });
});

test('deleting the kata RuntimeClass shows at once (a named watch would keep it ~30 s)', async ({
  page,
  open,
  server,
  kubectl,
}) => {
  const name = 'worker-intel-0';
  const NEEDS = /less than the .* one Kata pod needs/;
  // An overhead no node can fit: every node fails the memory check while it exists.
  server.cluster.apply({
    apiVersion: 'node.k8s.io/v1',
    kind: 'RuntimeClass',
    metadata: { name: 'kata' },
    handler: 'kata',
    overhead: { podFixed: { memory: '1000Gi', cpu: '250m' } },
  });
  await open(`/k8s/cluster/nodes/${name}/sandboxed-containers`);
  const tab = page.getByTestId('node-eligibility-tab');
  await expect(tab.getByText(NEEDS).first()).toBeVisible();
  await kubectl(['delete', 'runtimeclass', 'kata']);
  // Back to the documented default overhead well before the console's 30 s re-fetch.
  await expect(tab.getByText(NEEDS)).toHaveCount(0, { timeout: 5000 });
});
