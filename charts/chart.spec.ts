import * as fs from 'fs';
import * as path from 'path';
import { renderChart } from './render-chart';

type Manifest = {
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
};

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  consolePlugin: { name: string; displayName: string };
};
const CHART = path.join(ROOT, 'charts', pkg.consolePlugin.name);
const render = (values = {}) =>
  renderChart(CHART, { plugin: { image: 'quay.io/example/plugin:1', ...values } }) as Manifest[];
const byKind = (docs: Manifest[], kind: string) => {
  const doc = docs.find((d) => d.kind === kind);
  if (!doc) throw new Error(`no ${kind} rendered`);
  return doc;
};

describe('Helm chart', () => {
  const docs = render();

  it('names the ConsolePlugin after package.json and points it at the Service', () => {
    const plugin = byKind(docs, 'ConsolePlugin');
    const service = byKind(docs, 'Service');
    expect(pkg.name).toBe(pkg.consolePlugin.name);
    expect(plugin.metadata.name).toBe(pkg.consolePlugin.name);
    expect(plugin.spec).toMatchObject({
      displayName: pkg.consolePlugin.displayName,
      i18n: { loadType: 'Preload' },
      backend: {
        type: 'Service',
        service: { name: service.metadata.name, namespace: 'plugins', port: 9443, basePath: '/' },
      },
    });
  });

  it('serves TLS with the service CA certificate the Deployment mounts', () => {
    const service = byKind(docs, 'Service');
    const secret =
      service.metadata.annotations?.['service.beta.openshift.io/serving-cert-secret-name'];
    expect(secret).toBe(`${pkg.consolePlugin.name}-cert`);
    const deployment = JSON.stringify(byKind(docs, 'Deployment'));
    expect(deployment).toContain(`"secretName":"${String(secret)}"`);
    expect(JSON.stringify(byKind(docs, 'ConfigMap'))).toContain('listen              9443 ssl');
  });

  it('runs restricted: non-root, no privilege escalation, all capabilities dropped', () => {
    const spec = JSON.stringify(byKind(docs, 'Deployment').spec);
    expect(spec).toContain('"runAsNonRoot":true');
    expect(spec).toContain('"allowPrivilegeEscalation":false');
    expect(spec).toContain('"drop":["ALL"]');
  });

  it('adds the plugin to the console without replacing the plugins already enabled', () => {
    const job = JSON.stringify(byKind(docs, 'Job'));
    expect(job).toContain('/spec/plugins/-');
    expect(job).not.toMatch(/--type=merge/);
    expect(render({ enableInConsole: false }).some((d) => d.kind === 'Job')).toBe(false);
  });

  it('runs the enabler Job on an image pinned by digest or version tag, never a moving tag', () => {
    type Container = { image: string; env?: { name: string; value: string }[] };
    const job = byKind(docs, 'Job') as Manifest & {
      spec: { template: { spec: { containers: Container[] } } };
    };
    const container = job.spec.template.spec.containers.at(0);
    const pinned = /@sha256:[0-9a-f]{64}$|:v?\d+\.\d+(\.\d+)?(-[\w.]+)?$/;
    expect(container?.image).toMatch(pinned);
    expect(container?.image).not.toMatch(/:latest$/);
    // oc needs a writable $HOME under the read-only root filesystem.
    expect(container?.env).toContainEqual({ name: 'HOME', value: '/tmp' });
    expect(JSON.stringify(job)).toContain('"mountPath":"/tmp"');
    expect(() => render({ patcherImage: '' })).toThrow('plugin.patcherImage is required');
  });

  it('refuses to render without an image', () => {
    expect(() => renderChart(CHART)).toThrow('plugin.image is required');
  });
});
