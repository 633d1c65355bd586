import { makeNode, nodes as fx } from '../eligibility/fixtures';
import { platformGate } from './platformGate';

/** The gate's inputs for these nodes: the nodes and the context the eligibility page uses. */
const evaluations = (platform: string, nodes = [fx.intel, fx.master]) =>
  [nodes, { platform, nfdInstalled: true }] as const;

describe('platformGate', () => {
  it.each([
    ['BareMetal', { kind: 'supported' }],
    ['None', { kind: 'supported' }],
    [
      'VSphere',
      {
        kind: 'unsupported',
        platform: 'VSphere',
        reason: 'nested-virtualization',
        peerPods: false,
      },
    ],
    [
      'OpenStack',
      {
        kind: 'unsupported',
        platform: 'OpenStack',
        reason: 'nested-virtualization',
        peerPods: false,
      },
    ],
    [
      'GCP',
      { kind: 'unsupported', platform: 'GCP', reason: 'cloud-not-supported', peerPods: false },
    ],
    [
      'Azure',
      { kind: 'unsupported', platform: 'Azure', reason: 'cloud-not-supported', peerPods: true },
    ],
    ['External', { kind: 'unknown', platform: 'External' }],
  ])('%s', (platform, expected) => {
    expect(platformGate(platform, ...evaluations(platform))).toEqual(expected);
  });

  it('unreported platform: the per-node checks decide', () => {
    expect(platformGate(undefined, [], { nfdInstalled: true })).toEqual({ kind: 'unknown' });
  });

  it('AWS without a .metal worker: unsupported, peer pods offered', () => {
    expect(platformGate('AWS', ...evaluations('AWS', [fx.awsVirtual, fx.master]))).toEqual({
      kind: 'unsupported',
      platform: 'AWS',
      reason: 'aws-no-metal',
      peerPods: true,
    });
  });

  it('AWS mixed: only the .metal workers can run Kata (masters are not counted)', () => {
    const virt2 = makeNode({
      name: 'ip-10-0-1-12.ec2.internal',
      labels: {
        'node-role.kubernetes.io/worker': '',
        'node.kubernetes.io/instance-type': 'c5.2xlarge',
      },
      providerID: 'aws:///us-east-1a/i-0ffff',
    });
    expect(
      platformGate('AWS', ...evaluations('AWS', [fx.awsMetal, fx.awsVirtual, virt2, fx.master])),
    ).toEqual({
      kind: 'partly',
      platform: 'AWS',
      metal: ['ip-10-0-1-10.ec2.internal'],
      other: ['ip-10-0-1-11.ec2.internal', 'ip-10-0-1-12.ec2.internal'],
      peerPods: true,
    });
  });

  it('AWS with only .metal workers is supported', () => {
    expect(platformGate('AWS', ...evaluations('AWS', [fx.awsMetal]))).toEqual({
      kind: 'supported',
    });
  });
});
