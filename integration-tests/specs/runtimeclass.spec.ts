/**
 * RuntimeClass overhead viewer against the `installed` scenario (kata RuntimeClass 500Mi/500m,
 * Kata installed on the eligible workers): table, calculator, warnings, editing, Japanese.
 * Every test starts from the scenario's `kata` (restored in beforeEach): one server per file.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, settle, test, type Sim } from './fixtures';
import { tr, type Lng } from './locales';
import { expectAccessible, expectNoEnglishLeak, waitForPluginIdle } from './quality';

test.use({ serverKey: 'runtimeclass', scenario: 'installed' });

const PATH = '/sandboxed-containers/runtimeclasses';
const RC_API = 'node.k8s.io/v1';
const Ki = 1024;
const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

type RuntimeClass = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; resourceVersion?: string } & Record<string, unknown>;
  handler: string;
  overhead?: { podFixed?: { memory?: string; cpu?: string } };
  scheduling?: { nodeSelector?: Record<string, string> };
};
type NodeObject = {
  metadata: { name: string };
  status: { allocatable: { memory: string; cpu: string; pods: string } };
};

/** The few quantity forms the simulator writes (Ki/Mi/Gi, millicores, plain numbers). */
const quantity = (q: string): number => {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|m)?$/.exec(q);
  if (!m) throw new Error(`unexpected quantity ${q}`);
  const n = Number(m[1]);
  const scale = { Ki, Mi, Gi, m: 1e-3 } as const;
  return m[2] ? n * scale[m[2] as keyof typeof scale] : n;
};

/** What the page should show: binary units with up to 2 decimals; CPU in millicores below 1. */
const bytesText = (bytes: number, lng: Lng): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let v = bytes;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(v)} ${units[u] ?? ''}`;
};
const coresText = (cores: number, lng: Lng): string =>
  cores > 0 && cores < 1
    ? `${new Intl.NumberFormat(lng).format(Math.round(cores * 1000))}m`
    : new Intl.NumberFormat(lng, { maximumFractionDigits: 3 }).format(cores);

/** A translated message with its {{placeholders}} filled in. */
const msg = (lng: Lng, key: string, vars: Record<string, string> = {}): string =>
  tr(lng, key).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => vars[k] ?? `{{${k}}}`);

let original: RuntimeClass | undefined;

const kataWith = (memory: string, cpu: string): RuntimeClass => {
  if (!original) throw new Error('the scenario has no kata RuntimeClass');
  const metadata = { ...original.metadata };
  delete metadata.resourceVersion;
  return { ...original, metadata, overhead: { podFixed: { memory, cpu } } };
};

const applyKata = async (sim: Sim, memory: string, cpu: string) => {
  await sim.call('POST', 'apply', kataWith(memory, cpu));
};

test.beforeEach(({ server }) => {
  original ??= server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass | undefined;
  server.cluster.apply(kataWith('500Mi', '500m'));
  // A second, hand-made RuntimeClass without overhead, so the table has more than one row.
  server.cluster.apply({
    apiVersion: RC_API,
    kind: 'RuntimeClass',
    metadata: { name: 'runc-fast' },
    handler: 'runc',
    scheduling: { nodeSelector: { 'node-role.kubernetes.io/worker': '', zone: 'a' } },
  });
});

const openPage = async (page: Page, open: (p: string) => Promise<void>, lng: Lng) => {
  await open(`${PATH}?lng=${lng}`);
  await expect(
    page.getByRole('heading', { level: 1, name: tr(lng, 'Sandboxed containers'), exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('overhead-panel-kata')).toBeVisible();
};

const expectTableMatchesCluster = async (page: Page, rcs: RuntimeClass[], lng: Lng) => {
  const table = page.getByTestId('runtimeclass-table');
  await expect(table.locator('tbody tr')).toHaveCount(rcs.length);
  for (const rc of rcs) {
    const cells = page.getByTestId(`runtimeclass-row-${rc.metadata.name}`).locator('td');
    const { memory, cpu } = rc.overhead?.podFixed ?? {};
    await expect(cells.nth(0)).toContainText(rc.metadata.name);
    await expect(cells.nth(1)).toHaveText(rc.handler);
    await expect(cells.nth(2)).toHaveText(
      memory === undefined ? tr(lng, 'None') : bytesText(quantity(memory), lng),
    );
    await expect(cells.nth(3)).toHaveText(
      cpu === undefined ? tr(lng, 'None') : coresText(quantity(cpu), lng),
    );
    const selector = Object.entries(rc.scheduling?.nodeSelector ?? {});
    if (selector.length === 0) await expect(cells.nth(4)).toHaveText(tr(lng, 'None'));
    for (const [k, v] of selector) await expect(cells.nth(4)).toContainText(v ? `${k}=${v}` : k);
  }
};

test('the table shows every RuntimeClass of the cluster', async ({ page, open, server }) => {
  await openPage(page, open, 'en');
  const rcs = server.cluster.list(RC_API, 'RuntimeClass') as RuntimeClass[];
  expect(rcs.map((r) => r.metadata.name).sort()).toEqual(['kata', 'runc-fast']);
  await expectTableMatchesCluster(page, rcs, 'en');
  await expect(page.getByTestId('current-overhead-memory')).toHaveText('500 MiB');
  await expect(page.getByTestId('current-overhead-cpu')).toHaveText('500m');
  // The documented default: no "differs" note and no warning.
  await expect(page.getByTestId('overhead-differs')).toHaveCount(0);
  await expect(page.getByTestId('overhead-below-estimate')).toHaveCount(0);
});

/** The node fit a pod of this shape should get, from the node object itself. */
const expectedFit = (node: NodeObject, chargedMemory: number, chargedCpu: number) => {
  const memory = quantity(node.status.allocatable.memory);
  const cpu = quantity(node.status.allocatable.cpu);
  const byMemory = Math.floor(memory / chargedMemory);
  const byCpu = Math.floor(cpu / chargedCpu);
  return {
    memory,
    cpu,
    fit: Math.min(byMemory, byCpu, Number(node.status.allocatable.pods)),
    limitedBy: byMemory <= byCpu ? 'Memory' : 'CPU',
  };
};

const fill = async (field: Locator, value: string) => {
  await field.fill(value);
  await expect(field).toHaveValue(value);
};

test('the calculator gives the expected numbers for worker-0', async ({ page, open, server }) => {
  await openPage(page, open, 'en');
  const node = server.cluster.get('v1', 'Node', 'worker-0') as NodeObject;
  const kata = server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass;
  const overheadMemory = quantity(kata.overhead?.podFixed?.memory ?? '');
  const overheadCpu = quantity(kata.overhead?.podFixed?.cpu ?? '');
  const row = page.getByTestId('node-fit-worker-0').locator('td');
  // The calculator's nodes are those where the KataConfig installed Kata.
  const kataConfig = server.cluster.list('kataconfiguration.openshift.io/v1', 'KataConfig')[0] as
    { status?: { kataNodes?: { installed?: string[] } } } | undefined;
  const installed = [...(kataConfig?.status?.kataNodes?.installed ?? [])].sort();
  expect(installed).toContain('worker-0');
  await expect(page.getByTestId('node-fit-table').locator('tbody tr td:first-child')).toHaveText(
    installed,
  );
  const calc = page.getByTestId('overhead-calculator');

  // 1) The initial shape (1Gi request, 2Gi limit, 500m): 1 core charged per pod, CPU runs out.
  {
    const charged = { memory: 1 * Gi + overheadMemory, cpu: 0.5 + overheadCpu };
    const want = expectedFit(node, charged.memory, charged.cpu);
    expect(want.limitedBy).toBe('CPU');
    await expect(page.getByTestId('result-vm-memory')).toHaveText(
      `${bytesText(2 * Gi + 1 * Gi, 'en')} (default 2 GiB + 1 GiB hot-plugged)`,
    );
    await expect(page.getByTestId('result-charged-cpu')).toHaveText(
      `${coresText(charged.cpu, 'en')} (500m request + 500m pod overhead)`,
    );
    await expect(row.nth(1)).toHaveText(bytesText(want.memory, 'en'));
    await expect(row.nth(2)).toHaveText(coresText(want.cpu, 'en'));
    await expect(row.nth(3)).toHaveText(String(want.fit));
    await expect(row.nth(4)).toHaveText(want.limitedBy);
  }

  // 2) A memory-heavy shape: 3Gi request, 4Gi limit, 100m CPU, 10 pods: memory runs out.
  await fill(calc.getByLabel('Container memory request'), '3Gi');
  await fill(calc.getByLabel('Memory limit'), '4Gi');
  await fill(calc.getByLabel('CPU request'), '100m');
  await fill(calc.getByLabel('Number of pods'), '10');
  const charged = { memory: 3 * Gi + overheadMemory, cpu: 0.1 + overheadCpu };
  const want = expectedFit(node, charged.memory, charged.cpu);
  expect(want.limitedBy).toBe('Memory');
  await expect(page.getByTestId('result-vm-memory')).toHaveText(
    `${bytesText(2 * Gi + 3 * Gi, 'en')} (default 2 GiB + 3 GiB hot-plugged)`,
  );
  await expect(page.getByTestId('result-charged-memory')).toHaveText(
    `${bytesText(charged.memory, 'en')} (3 GiB request + ${bytesText(overheadMemory, 'en')} pod overhead)`,
  );
  await expect(page.getByTestId('result-charged-cpu')).toHaveText(
    `${coresText(charged.cpu, 'en')} (100m request + ${coresText(overheadCpu, 'en')} pod overhead)`,
  );
  await expect(page.getByTestId('result-total')).toHaveText(
    `Memory ${bytesText(10 * charged.memory, 'en')}, CPU ${coresText(10 * charged.cpu, 'en')}`,
  );
  await expect(row.nth(3)).toHaveText(String(want.fit));
  await expect(row.nth(4)).toHaveText('Memory');
  await expect(page.getByTestId('no-limit-warning')).toHaveCount(0);

  // 3) No limit: the guest-kernel OOM warning.
  await fill(calc.getByLabel('Memory limit'), '');
  await expect(page.getByTestId('no-limit-warning')).toBeVisible();
});

test('reduced overhead: the warning and the "differs" note appear live', async ({
  page,
  open,
  sim,
}) => {
  await openPage(page, open, 'en');
  await expect(page.getByTestId('overhead-below-estimate')).toHaveCount(0);

  await applyKata(sim, '100Mi', '100m');
  await expect(page.getByTestId('current-overhead-memory')).toHaveText('100 MiB');
  const warning = page.getByTestId('overhead-below-estimate');
  await expect(warning).toBeVisible();
  // 170 MiB = guest kernel ~110Mi + QEMU ~30Mi + virtiofsd ~10Mi + shim ~20Mi.
  await expect(warning).toContainText('(100 MiB)');
  await expect(warning).toContainText(`(${bytesText((110 + 30 + 10 + 20) * Mi, 'en')}:`);
  const differs = page.getByTestId('overhead-differs');
  await expect(differs).toContainText('kata has 100 MiB memory and 100m CPU.');
  await expect(differs).toContainText('The documentation gives 500 MiB memory and 500m CPU');
  await expect(differs).toContainText('The current operator creates 350 MiB memory and 250m CPU.');
  await expect(differs).toContainText('most likely changed by hand');

  // The operator's own default: an honest "differs from the documented default" note, no warning.
  await applyKata(sim, '350Mi', '250m');
  await expect(page.getByTestId('current-overhead-memory')).toHaveText('350 MiB');
  await expect(warning).toHaveCount(0);
  await expect(differs).toContainText('kata has 350 MiB memory and 250m CPU.');
  await expect(differs).toContainText('The documentation gives 500 MiB memory and 500m CPU');
  await expect(differs).toContainText(
    'These are the values the current operator creates (350 MiB memory, 250m CPU)',
  );
  // Both defaults stay listed next to the current values.
  const panel = page.getByTestId('overhead-panel-kata');
  await expect(panel).toContainText('Documented default (supported)Memory 500 MiB, CPU 500m');
  await expect(panel).toContainText('Current operator defaultMemory 350 MiB, CPU 250m');
});

const openEditModal = async (page: Page, lng: Lng) => {
  await page.getByRole('button', { name: tr(lng, 'Edit pod overhead') }).click();
  const modal = page.getByRole('dialog', {
    name: msg(lng, 'Edit pod overhead of {{name}}', { name: 'kata' }),
  });
  await expect(modal).toBeVisible();
  return modal;
};

test('editing the overhead needs the "not supported" confirmation', async ({
  page,
  open,
  server,
}) => {
  await openPage(page, open, 'en');
  const modal = await openEditModal(page, 'en');
  const save = modal.getByRole('button', { name: 'Save' });
  const confirm = modal.getByRole('checkbox', { name: /not supported by Red Hat/ });
  await expect(modal.getByLabel('Memory')).toHaveValue('500Mi');
  await expect(modal.getByLabel('CPU')).toHaveValue('500m');
  await expect(save).toBeDisabled();

  await fill(modal.getByLabel('Memory'), '600Mi');
  await fill(modal.getByLabel('CPU'), '750m');
  await expect(save).toBeDisabled();
  await confirm.check();
  await expect(save).toBeEnabled();
  // An invalid quantity blocks saving even when confirmed.
  await fill(modal.getByLabel('CPU'), 'lots');
  await expect(modal).toContainText('Enter a Kubernetes quantity, for example 512Mi, 2Gi or 500m.');
  await expect(save).toBeDisabled();
  await fill(modal.getByLabel('CPU'), '750m');
  await expect(save).toBeEnabled();
  await confirm.uncheck();
  await expect(save).toBeDisabled();
  await confirm.check();
  await save.click();

  await expect(modal).toBeHidden();
  await expect
    .poll(
      () => (server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass).overhead?.podFixed,
    )
    .toEqual({ memory: '600Mi', cpu: '750m' });
  await expect(page.getByTestId('current-overhead-memory')).toHaveText('600 MiB');
  await expect(page.getByTestId('current-overhead-cpu')).toHaveText('750m');
  await expect(page.getByTestId('runtimeclass-row-kata').locator('td').nth(2)).toHaveText(
    '600 MiB',
  );
});

test.describe('failed saves', () => {
  // The refused PATCH is logged by Chromium as a failed resource load.
  test.use({ allowedErrors: [/Failed to load resource: the server responded with a status of 4/] });

  test('a concurrent change makes the save fail clearly and keeps the typed values', async ({
    page,
    open,
    sim,
    server,
  }) => {
    await openPage(page, open, 'en');
    const modal = await openEditModal(page, 'en');
    await applyKata(sim, '400Mi', '400m');
    await expect(page.getByTestId('runtimeclass-row-kata').locator('td').nth(2)).toHaveText(
      '400 MiB',
    );

    await fill(modal.getByLabel('Memory'), '450Mi');
    await fill(modal.getByLabel('CPU'), '300m');
    await modal.getByRole('checkbox', { name: /not supported by Red Hat/ }).check();
    await modal.getByRole('button', { name: 'Save' }).click();

    const stale = modal.getByTestId('edit-overhead-stale');
    await expect(stale).toBeVisible();
    await expect(stale).toContainText('kata changed since this dialog was opened');
    await expect(stale).toContainText('Nothing was saved.');
    await expect(modal.getByLabel('Memory')).toHaveValue('450Mi');
    await expect(modal.getByLabel('CPU')).toHaveValue('300m');
    expect(
      (server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass).overhead?.podFixed,
    ).toEqual({ memory: '400Mi', cpu: '400m' });

    // Reloading takes the current values; saving then works.
    await stale.getByRole('button', { name: 'Reload values' }).click();
    await expect(modal.getByLabel('Memory')).toHaveValue('400Mi');
    await fill(modal.getByLabel('Memory'), '450Mi');
    await modal.getByRole('button', { name: 'Save' }).click();
    await expect(modal).toBeHidden();
    await expect
      .poll(
        () =>
          (server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass).overhead?.podFixed,
      )
      .toEqual({ memory: '450Mi', cpu: '400m' });
  });

  test('a refused save shows the API message and keeps the typed values', async ({
    page,
    open,
    sim,
    server,
  }) => {
    await openPage(page, open, 'en');
    const modal = await openEditModal(page, 'en');
    await fill(modal.getByLabel('Memory'), '450Mi');
    await modal.getByRole('checkbox', { name: /not supported by Red Hat/ }).check();
    // The user loses the permission after opening the dialog.
    await sim.setUser('read-only');
    try {
      await modal.getByRole('button', { name: 'Save' }).click();
      const error = modal.getByTestId('edit-overhead-error');
      await expect(error).toContainText('The pod overhead could not be saved');
      await expect(error).toContainText(
        'User "reader" cannot patch resource "runtimeclasses" in API group "node.k8s.io"',
      );
    } finally {
      await sim.setUser('admin');
    }
    await expect(modal.getByLabel('Memory')).toHaveValue('450Mi');
    expect(
      (server.cluster.get(RC_API, 'RuntimeClass', 'kata') as RuntimeClass).overhead?.podFixed,
    ).toEqual({ memory: '500Mi', cpu: '500m' });
  });
});

/** The host scrolls inside its page area, so a full-page screenshot needs a tall viewport. */
const fullShot = async (page: Page, save: (name: string) => Promise<void>, name: string) => {
  const body = await page.getByTestId('overhead-panel-kata').boundingBox();
  await page.setViewportSize({
    width: 1280,
    height: Math.max(800, Math.ceil((body?.y ?? 0) + (body?.height ?? 0) + 80)),
  });
  await settle(page);
  await save(name);
  await page.setViewportSize({ width: 1280, height: 800 });
};

for (const lng of ['en', 'ja'] as const) {
  test(`renders in ${lng} with table, calculator, warnings and edit dialog`, async ({
    page,
    open,
    server,
    sim,
    saveScreenshot,
  }) => {
    await openPage(page, open, lng);
    await expectTableMatchesCluster(
      page,
      server.cluster.list(RC_API, 'RuntimeClass') as RuntimeClass[],
      lng,
    );
    await expect(page.getByTestId('node-fit-worker-0')).toBeVisible();
    await expect(page.getByRole('heading', { name: tr(lng, 'Calculator') })).toBeVisible();
    await fullShot(page, saveScreenshot, `runtimeclasses-kata-${lng}`);

    const modal = await openEditModal(page, lng);
    await expect(modal).toContainText(tr(lng, 'Changing the pod overhead is not supported'));
    await settle(page);
    await saveScreenshot(`runtimeclasses-edit-modal-${lng}`);
    await modal.getByRole('button', { name: tr(lng, 'Cancel') }).click();
    await expect(modal).toBeHidden();

    // The warnings, translated, with the numbers in the active language.
    await applyKata(sim, '100Mi', '100m');
    await expect(page.getByTestId('overhead-below-estimate')).toContainText(
      tr(lng, 'The pod overhead is below the estimated usage'),
    );
    await expect(page.getByTestId('overhead-differs')).toContainText(
      msg(lng, 'The pod overhead differs from the documented default'),
    );
    await expect(page.getByTestId('overhead-differs')).toContainText(
      msg(
        lng,
        'The current operator creates {{opMemory}} memory and {{opCpu}} CPU. These values match neither default, so they were most likely changed by hand.',
        { opMemory: bytesText(350 * Mi, lng), opCpu: coresText(0.25, lng) },
      ),
    );
    await fullShot(page, saveScreenshot, `runtimeclasses-warnings-${lng}`);
  });
}

test('in Japanese: no English leak and no serious accessibility violation', async ({
  page,
  open,
  sim,
}) => {
  await openPage(page, open, 'ja');
  await expect(page.getByTestId('node-fit-worker-0')).toBeVisible();
  await waitForPluginIdle(page);
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  // With both warnings shown.
  await applyKata(sim, '100Mi', '100m');
  await expect(page.getByTestId('overhead-below-estimate')).toBeVisible();
  await expect(page.getByTestId('overhead-differs')).toBeVisible();
  await expectNoEnglishLeak(page);
  await expectAccessible(page);

  // The edit dialog.
  await openEditModal(page, 'ja');
  await expectNoEnglishLeak(page);
  await expectAccessible(page);
});

for (const lng of ['en', 'ja'] as Lng[]) {
  test(`what Kubernetes refuses is refused, in ${lng}`, async ({ page, open, saveScreenshot }) => {
    await openPage(page, open, lng);
    const calc = page.getByTestId('overhead-calculator');
    const request = calc.getByLabel(tr(lng, 'Container memory request'));
    const limit = calc.getByLabel(tr(lng, 'Memory limit'));
    const cpu = calc.getByLabel(tr(lng, 'CPU request'));
    const noResult = tr(lng, 'Correct the highlighted fields to see the results.');

    // A limit below the request: the API server refuses such a pod.
    await fill(request, '4Gi');
    await fill(limit, '1Gi');
    await expect(calc).toContainText(tr(lng, 'The memory limit cannot be less than the request.'));
    await expect(calc).toContainText(noResult);
    await expect(calc.getByTestId('result-vm-memory')).toHaveCount(0);

    // Beyond what resource.Quantity holds as an int64.
    await fill(limit, '');
    await fill(request, '99999999999999999999Ei');
    await expect(calc).toContainText(
      tr(lng, 'Kubernetes cannot store a value this large. Enter a smaller value.'),
    );
    await fill(cpu, '1e308');
    await expect(calc.getByTestId('result-vm-memory')).toHaveCount(0);

    // Units of the other kind: half a byte of memory, 2,147,483,648 cores.
    await fill(request, '500m');
    await expect(calc).toContainText(
      msg(
        lng,
        'In a memory quantity, "{{suffix}}" means a fraction of a byte. For memory, use Ki, Mi or Gi, for example 500Mi.',
        { suffix: 'm' },
      ),
    );
    await fill(cpu, '2Gi');
    await expect(calc).toContainText(
      msg(lng, '"{{suffix}}" is a memory unit. Give CPU in cores (1, 0.5) or millicores (500m).', {
        suffix: 'Gi',
      }),
    );

    // The largest valid request: the VM's 2 GiB default is still 2 GiB, never 0 B.
    await fill(request, '7Ei');
    await fill(cpu, '500m');
    await expect(calc.getByTestId('result-vm-memory')).toContainText('2 GiB');
    await expect(calc.getByTestId('result-vm-memory')).not.toContainText('0 B');

    // The overhead editor warns about a below-estimate value before Save, and refuses the rest.
    const modal = await openEditModal(page, lng);
    await fill(modal.getByLabel(tr(lng, 'Memory')), '100Mi');
    await expect(modal.getByTestId('edit-overhead-below-estimate')).toBeVisible();
    await fill(modal.getByLabel(tr(lng, 'Memory')), '99999999Ei');
    await expect(modal).toContainText(
      tr(lng, 'Kubernetes cannot store a value this large. Enter a smaller value.'),
    );
    await fill(modal.getByLabel(tr(lng, 'CPU')), '250Mi');
    await modal.getByRole('checkbox').check();
    await expect(modal.getByRole('button', { name: tr(lng, 'Save') })).toBeDisabled();
    await saveScreenshot(`runtimeclasses-refused-${lng}`);
  });
}
