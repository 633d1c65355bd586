import { deployment } from '../workloads/fixtures';
import { jobCopy, podFromTemplate, removeClassPatch, setClassPatch } from './patch';

describe('patches', () => {
  it('adds runtimeClassName to a template without one', () => {
    expect(setClassPatch(deployment('web'), 'kata')).toEqual([
      { op: 'add', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
    ]);
  });

  it('tests the current class before replacing it', () => {
    expect(setClassPatch(deployment('web', { runtimeClassName: 'runc' }), 'kata')).toEqual([
      { op: 'test', path: '/spec/template/spec/runtimeClassName', value: 'runc' },
      { op: 'add', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
    ]);
  });

  it('removes the field only while it still names the class', () => {
    expect(removeClassPatch('kata')).toEqual([
      { op: 'test', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
      { op: 'remove', path: '/spec/template/spec/runtimeClassName' },
    ]);
  });
});

describe('podFromTemplate', () => {
  it('is the pod the controller would create, with the class set', () => {
    const p = podFromTemplate(deployment('web', { requests: { memory: '1Gi' } }), 'kata');
    expect(p.metadata).toEqual({ generateName: 'web-', namespace: 'apps', labels: { app: 'web' } });
    expect(p.spec?.runtimeClassName).toBe('kata');
    expect(p.spec?.containers?.[0].resources?.requests?.memory).toBe('1Gi');
  });
});

describe('jobCopy', () => {
  it('is a new Job with the class, without the generated selector and controller labels', () => {
    const job = deployment('report', { kind: 'Job' });
    job.spec = {
      ...job.spec,
      selector: { matchLabels: { 'controller-uid': 'x' } },
      template: {
        metadata: { labels: { 'controller-uid': 'x', 'job-name': 'report', team: 'a' } },
        spec: job.spec?.template?.spec,
      },
    };
    const copy = jobCopy(job, 'kata');
    expect(copy.metadata).toEqual({ name: 'report-kata', namespace: 'apps' });
    expect(copy.spec?.selector).toBeUndefined();
    expect(copy.spec?.template?.metadata?.labels).toEqual({ team: 'a' });
    expect(copy.spec?.template?.spec?.runtimeClassName).toBe('kata');
  });
});
