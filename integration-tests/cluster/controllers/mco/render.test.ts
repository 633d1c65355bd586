import { fromLabelSelectorObject } from '../../selectors';
import type { KObject } from '../../types';
import {
  baseConfigs,
  mergeConfigs,
  osChanges,
  renderedName,
  selectConfigs,
  specOf,
} from './render';

const kataMc: KObject = {
  apiVersion: 'machineconfiguration.openshift.io/v1',
  kind: 'MachineConfig',
  metadata: {
    name: '50-enable-sandboxed-containers-extension',
    labels: { 'machineconfiguration.openshift.io/role': 'kata-oc' },
  },
  spec: { extensions: ['kata-containers'] },
};

describe('render (render_controller.go)', () => {
  it("the kata-oc pool's selector (role in [kata-oc, worker]) takes the worker configs and the extension, in name order", () => {
    const sel = fromLabelSelectorObject({
      matchExpressions: [
        {
          key: 'machineconfiguration.openshift.io/role',
          operator: 'In',
          values: ['kata-oc', 'worker'],
        },
      ],
    });
    const selected = selectConfigs(sel, [
      kataMc,
      ...baseConfigs('worker'),
      ...baseConfigs('master'),
    ]);
    expect(selected.map((m) => m.metadata.name)).toEqual([
      '00-worker',
      '01-worker-container-runtime',
      '01-worker-kubelet',
      '50-enable-sandboxed-containers-extension',
      '97-worker-generated-kubelet',
      '98-worker-generated-kubelet',
      '99-worker-generated-registries',
      '99-worker-ssh',
    ]);
    const merged = mergeConfigs(selected);
    expect(merged.extensions).toEqual(['kata-containers']);
    const name = renderedName(
      'kata-oc',
      merged,
      selected.map((m) => m.metadata.name ?? ''),
    );
    expect(name).toMatch(/^rendered-kata-oc-[0-9a-f]{32}$/);
    expect(
      renderedName(
        'kata-oc',
        mergeConfigs(selected),
        selected.map((m) => m.metadata.name ?? ''),
      ),
    ).toBe(name);
  });

  it('an extension change is an OS change (drain + reboot); identical configs are not', () => {
    const worker = mergeConfigs(baseConfigs('worker'));
    const kata = mergeConfigs([...baseConfigs('worker'), kataMc]);
    expect(osChanges(worker, kata)).toBe(true);
    expect(osChanges(kata, worker)).toBe(true);
    expect(osChanges(worker, mergeConfigs(baseConfigs('worker')))).toBe(false);
    expect(specOf({ ...kataMc, spec: kata })?.extensions).toEqual(['kata-containers']);
  });
});
