import yaml from 'js-yaml';
import type { PodKind, WorkloadKind } from '../models/workloads';
import { kataRC } from '../workloads/fixtures';
import { containersWithoutMemoryLimit } from '../workloads/podResources';
import { impactOf } from './impact';
import { kataDeploymentTemplate, kataPodTemplate } from './templates';

describe('YAML templates', () => {
  it('a Pod in the kata RuntimeClass, with a memory limit', () => {
    const pod = yaml.load(kataPodTemplate) as PodKind;
    expect(pod).toMatchObject({
      apiVersion: 'v1',
      kind: 'Pod',
      spec: { runtimeClassName: 'kata' },
    });
    expect(containersWithoutMemoryLimit(pod.spec)).toEqual([]);
  });

  it('a Deployment whose pod template runs in kata, with nothing for Run in Kata to warn about', () => {
    const d = yaml.load(kataDeploymentTemplate) as WorkloadKind;
    expect(d).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    expect(d.spec?.selector?.matchLabels).toEqual(d.spec?.template?.metadata?.labels);
    expect(d.spec?.template?.spec?.runtimeClassName).toBe('kata');
    const impact = impactOf({ workload: d, runtimeClass: kataRC, nodes: [], usage: new Map() });
    expect(impact.noMemoryLimit).toEqual([]);
    expect(impact.requestAboveDefaultVm).toBe(false);
    expect(impact.conflicts).toEqual([]);
  });
});
