import { peerPodsIssues, peerPodsProvider } from './peerPods';

const cm = (data: Record<string, string>) => ({ metadata: { name: 'peer-pods-cm' }, data });
const AWS_CM = {
  AWS_REGION: 'us-east-1',
  AWS_SUBNET_ID: 's',
  AWS_VPC_ID: 'v',
  AWS_SG_IDS: 'g',
  CLOUD_PROVIDER: 'aws',
};
const AWS_SECRET = { AWS_ACCESS_KEY_ID: 'YQ==', AWS_SECRET_ACCESS_KEY: 'Yg==' };

describe('peerPodsProvider (the operator’s, from the Infrastructure platform)', () => {
  it.each([
    ['AWS', 'aws'],
    ['Azure', 'azure'],
    ['None', 'libvirt'],
    ['BareMetal', undefined],
    ['VSphere', undefined],
    [undefined, undefined],
  ])('%s → %s', (platform, provider) => {
    expect(peerPodsProvider(platform)).toBe(provider);
  });
});

describe('peerPodsIssues', () => {
  it('bare metal: the operator has no peer-pods provider there', () => {
    expect(peerPodsIssues({ platform: 'BareMetal', configMap: null, secret: null })).toEqual([
      { kind: 'provider-unsupported', platform: 'BareMetal' },
    ]);
  });

  it('AWS with nothing configured: the ConfigMap is needed, the Secret can come from cloud credentials', () => {
    expect(peerPodsIssues({ platform: 'AWS', configMap: null, secret: null })).toEqual([
      {
        kind: 'configmap-missing',
        keys: ['AWS_REGION', 'AWS_SUBNET_ID', 'AWS_VPC_ID', 'AWS_SG_IDS', 'CLOUD_PROVIDER'],
      },
      {
        kind: 'secret-missing',
        keys: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
        fromCloudCredentials: true,
      },
    ]);
  });

  it('empty values count as missing', () => {
    expect(
      peerPodsIssues({
        platform: 'AWS',
        configMap: cm({ ...AWS_CM, AWS_VPC_ID: '' }),
        secret: cm(AWS_SECRET),
      }),
    ).toEqual([{ kind: 'configmap-keys', keys: ['AWS_VPC_ID'] }]);
  });

  it('complete configuration: no issue', () => {
    expect(
      peerPodsIssues({ platform: 'AWS', configMap: cm(AWS_CM), secret: cm(AWS_SECRET) }),
    ).toEqual([]);
  });

  it('libvirt: the Secret is the admin’s to create', () => {
    expect(
      peerPodsIssues({
        platform: 'None',
        configMap: cm({ CLOUD_PROVIDER: 'libvirt' }),
        secret: null,
      }),
    ).toEqual([
      {
        kind: 'secret-missing',
        keys: ['CLOUD_PROVIDER', 'LIBVIRT_URI', 'LIBVIRT_POOL', 'LIBVIRT_VOL_NAME'],
        fromCloudCredentials: false,
      },
    ]);
  });

  it('unknown (not readable yet): nothing claimed', () => {
    expect(peerPodsIssues({ platform: 'Azure' })).toEqual([]);
  });
});
