/**
 * Node eligibility on each platform's scenario, written once for a table of platforms (each
 * eligibility-<scenario>.spec.ts runs its row: a spec file has one simulated cluster):
 * - mixed: bare metal, NFD installed but no NodeFeatureDiscovery (eligibility-mixed.spec.ts);
 * - aws: m5.xlarge workers are not bare metal; *.metal workers are unknown until NFD labels them
 *   (no NodeFeatureDiscovery at start), then eligible;
 * - vsphere: every node is a VM, so nested virtualization (also those exposing VMX).
 */
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
  trf,
  type RowExpectation,
  type Verdict,
} from './eligibility-page';
import { tr } from './locales';

const NOT_WORKER = 'Not a worker node';
const NO_NFD = 'Virtualization support unknown: no NodeFeatureDiscovery exists';
const NOT_METAL = 'AWS instance type {{instanceType}} is not bare metal';
const NESTED = 'Virtual machine: nested virtualization is not supported';
const XLARGE = { instanceType: 'm5.xlarge' };

const AWS_MASTERS = [
  'ip-10-0-1-10.ec2.internal',
  'ip-10-0-2-11.ec2.internal',
  'ip-10-0-3-12.ec2.internal',
];
export const AWS_METAL = ['ip-10-0-1-20.ec2.internal', 'ip-10-0-2-21.ec2.internal'];
const AWS_XLARGE = [
  'ip-10-0-1-30.ec2.internal',
  'ip-10-0-2-31.ec2.internal',
  'ip-10-0-3-32.ec2.internal',
];

/** From integration-tests/cluster/scenarios/aws.yaml, with or without NFD's labels. */
export const awsRows = (nfd: boolean): RowExpectation[] => [
  ...AWS_MASTERS.map((name): RowExpectation => ({
    name,
    verdict: 'not-eligible',
    reason: NOT_WORKER,
  })),
  ...AWS_METAL.map((name): RowExpectation =>
    nfd ? { name, verdict: 'eligible', reason: '' } : { name, verdict: 'unknown', reason: NO_NFD },
  ),
  ...AWS_XLARGE.map((name): RowExpectation => ({
    name,
    verdict: 'not-eligible',
    reason: NOT_METAL,
    values: XLARGE,
  })),
];

type Platform = {
  scenario: string;
  rows: RowExpectation[];
  counts: Partial<Record<Verdict, number>>;
  /** The page says hardware virtualization is unknown until NFD labels the nodes. */
  nfdCallout: boolean;
  /** A worker that fails the platform check: its reason, evidence and remedy. */
  failing?: {
    node: string;
    reason: string;
    values?: Record<string, string>;
    evidence: (string | RegExp)[];
    remedy: string;
  };
};

export const AWS: Platform = {
  scenario: 'aws',
  rows: awsRows(false),
  nfdCallout: true,
  counts: { 'not-eligible': 6, unknown: 2 },
  failing: {
    node: 'ip-10-0-1-30.ec2.internal',
    reason: NOT_METAL,
    values: XLARGE,
    evidence: [
      'Infrastructure status.platformStatus.type=AWS',
      /^spec\.providerID=aws:\/\/\//,
      'node.kubernetes.io/instance-type=m5.xlarge',
    ],
    remedy: 'Use an AWS bare-metal instance type (for example m5.metal) for Kata nodes.',
  },
};

export const VSPHERE: Platform = {
  scenario: 'vsphere',
  nfdCallout: true,
  // From integration-tests/cluster/scenarios/vsphere.yaml: worker-0 and worker-1 expose VMX to
  // the VM, still nested virtualization.
  rows: [
    ...['master-0', 'master-1', 'master-2'].map((name): RowExpectation => ({
      name,
      verdict: 'not-eligible',
      reason: NOT_WORKER,
    })),
    ...['worker-0', 'worker-1', 'worker-2'].map((name): RowExpectation => ({
      name,
      verdict: 'not-eligible',
      reason: NESTED,
    })),
  ],
  counts: { 'not-eligible': 6 },
  failing: {
    node: 'worker-0',
    reason: NESTED,
    evidence: [
      'Infrastructure status.platformStatus.type=VSphere',
      /^spec\.providerID=vsphere:\/\//,
    ],
    remedy:
      'Each Kata pod runs in a virtual machine, so the node must be bare metal: use on-premise bare-metal nodes or AWS bare-metal instances.',
  },
};

/** The tests of one platform's row (its spec file sets the scenario). */
export const platformTests = (platform: Platform) => {
  for (const lng of LANGUAGES) {
    test(`every node shows its verdict and reason (${lng})`, async ({
      page,
      open,
      saveScreenshot,
    }) => {
      await open(`${NODES_PATH}?lng=${lng}`);
      await expectTableLoaded(page);
      await expect(
        page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers') }),
      ).toBeVisible();
      await expectRows(page, lng, platform.rows);
      await expect(page.getByTestId('nfd-callout')).toHaveCount(platform.nfdCallout ? 1 : 0);
      for (const [verdict, count] of Object.entries(platform.counts)) {
        await expectSummaryCount(page, verdict as Verdict, count);
      }
      await settle(page);
      await saveScreenshot(`nodes-${platform.scenario}-${lng}`);
    });
  }

  const { failing } = platform;
  if (!failing) return;

  test(`${failing.node} fails the platform check, with what the node says`, async ({
    page,
    open,
  }) => {
    await open(`${NODES_PATH}?lng=en`);
    await expectTableLoaded(page);
    await checksButton(page, 'en', failing.node).click();
    const check = checkItem(checksPanel(page), 'platform');
    await expect(check.getByTestId('check-status')).toHaveText('Failed');
    await expect(check).toContainText(trf('en', failing.reason, failing.values));
    await expect(check.locator('code')).toContainText(failing.evidence);
    await expect(check.getByTestId('check-hint')).toHaveText(tr('en', failing.remedy));
  });
};
