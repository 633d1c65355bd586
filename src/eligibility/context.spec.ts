import { eligibilityContext } from './context';
import { kataConfig } from './fixtures';

describe('eligibilityContext', () => {
  it('reads the platform, the KataConfig, NFD presence and the kata pod overhead', () => {
    const kc = kataConfig();
    expect(
      eligibilityContext({
        infrastructure: { status: { platform: 'None', platformStatus: { type: 'BareMetal' } } },
        kataConfigs: [kc],
        nodeFeatureDiscoveries: [{ metadata: { name: 'nfd-kata', namespace: 'openshift-nfd' } }],
        kataRuntimeClass: {
          handler: 'kata',
          overhead: { podFixed: { memory: '350Mi', cpu: '250m' } },
        },
        nfdInstalled: true,
        nfdKataRule: false,
      }),
    ).toEqual({
      platform: 'BareMetal',
      kataConfig: kc,
      nfdInstalled: true,
      nfdPresent: true,
      nfdKataRule: false,
      podOverheadMemory: '350Mi',
    });
  });

  it('passes on whether a NodeFeatureDiscovery carries the kata rule, only with NFD installed', () => {
    expect(eligibilityContext({ nfdInstalled: true, nfdKataRule: true }).nfdKataRule).toBe(true);
    expect(
      eligibilityContext({ nfdInstalled: false, nfdKataRule: true }).nfdKataRule,
    ).toBeUndefined();
  });

  it('falls back to status.platform and leaves unknowns undefined', () => {
    expect(
      eligibilityContext({
        infrastructure: { status: { platform: 'AWS' } },
        kataConfigs: [],
        nodeFeatureDiscoveries: [],
        nfdInstalled: true,
        nfdKataRule: false,
      }),
    ).toEqual({
      platform: 'AWS',
      kataConfig: undefined,
      nfdInstalled: true,
      nfdPresent: false,
      nfdKataRule: false,
      podOverheadMemory: undefined,
    });
    expect(eligibilityContext({ nfdInstalled: false })).toEqual({
      platform: undefined,
      kataConfig: undefined,
      nfdInstalled: false,
      nfdPresent: undefined,
      nfdKataRule: undefined,
      podOverheadMemory: undefined,
    });
  });

  it('does not claim NFD presence when NFD is not installed', () => {
    expect(
      eligibilityContext({ nfdInstalled: false, nodeFeatureDiscoveries: [] }).nfdPresent,
    ).toBeUndefined();
  });
});
