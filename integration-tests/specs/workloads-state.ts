/**
 * What the cluster holds, read with kubectl, and the text a page should show for it: the
 * expectations of the Kata workloads specs come from the API (as a user would check with oc), not
 * from the plugin's own code.
 */
import type { Lng } from './locales';

type Pod = {
  metadata: { name: string; namespace: string };
  spec: { runtimeClassName?: string; nodeName?: string; overhead?: Record<string, string> };
  status?: { phase?: string };
};
type RuntimeClass = { metadata: { name: string }; handler: string };

const Ki = 1024;
const Mi = 1024 ** 2;
const Gi = 1024 ** 3;

/** The quantity forms the simulator writes (binary suffixes, millicores, plain numbers). */
export const quantity = (q: string | undefined): number => {
  if (q === undefined) return 0;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|m)?$/.exec(q);
  if (!m) throw new Error(`unexpected quantity ${q}`);
  const scale = { Ki, Mi, Gi, m: 1e-3 } as const;
  return Number(m[1]) * (m[2] ? scale[m[2] as keyof typeof scale] : 1);
};

export const bytesText = (bytes: number, lng: Lng): string => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let v = bytes;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${new Intl.NumberFormat(lng, { maximumFractionDigits: 2 }).format(v)} ${units[u] ?? ''}`;
};

export const coresText = (cores: number, lng: Lng): string =>
  cores > 0 && cores < 1
    ? `${new Intl.NumberFormat(lng).format(Math.round(cores * 1000))}m`
    : new Intl.NumberFormat(lng, { maximumFractionDigits: 3 }).format(cores);

export type KataPod = {
  name: string;
  namespace: string;
  node: string | undefined;
  phase: string;
  overheadMemory: number;
  overheadCpu: number;
};

export type KataState = {
  pods: KataPod[];
  /** Pods not Succeeded/Failed, and the sum of their spec.overhead. */
  active: number;
  overheadMemory: number;
  overheadCpu: number;
};

type Kubectl = (args: string[]) => Promise<string>;

/** Pods whose runtimeClassName is kata, kata-remote or a class with a kata handler. */
export const kataState = async (kubectl: Kubectl, args: string[] = ['-A']): Promise<KataState> => {
  const rcs = (
    JSON.parse(await kubectl(['get', 'runtimeclasses', '-o', 'json'])) as { items: RuntimeClass[] }
  ).items;
  const kata = new Set([
    'kata',
    'kata-remote',
    ...rcs.filter((rc) => /^kata(-|$)/.test(rc.handler)).map((rc) => rc.metadata.name),
  ]);
  const all = (
    JSON.parse(await kubectl(['get', 'pods', ...args, '-o', 'json'])) as { items: Pod[] }
  ).items;
  const pods = all
    .filter((p) => p.spec.runtimeClassName !== undefined && kata.has(p.spec.runtimeClassName))
    .map((p) => ({
      name: p.metadata.name,
      namespace: p.metadata.namespace,
      node: p.spec.nodeName,
      phase: p.status?.phase ?? 'Unknown',
      overheadMemory: quantity(p.spec.overhead?.memory),
      overheadCpu: quantity(p.spec.overhead?.cpu),
    }));
  const active = pods.filter((p) => p.phase !== 'Succeeded' && p.phase !== 'Failed');
  return {
    pods,
    active: active.length,
    overheadMemory: active.reduce((s, p) => s + p.overheadMemory, 0),
    overheadCpu: active.reduce((s, p) => s + p.overheadCpu, 0),
  };
};

/** "{{memory}}, {{cpu}} CPU" as the page writes amounts. */
export const amountsText = (memory: number, cpu: number, lng: Lng, template: string): string =>
  template.replace('{{memory}}', bytesText(memory, lng)).replace('{{cpu}}', coresText(cpu, lng));
