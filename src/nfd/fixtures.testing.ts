/** Test objects of the NFD cores' specs. */
import type { ClusterServiceVersionKind } from '../models/cluster';

/** A CSV as OLM installs the Red Hat NFD operator. */
export const nfdCsv = (
  version: string,
  {
    image,
    phase = 'Succeeded',
    ns = 'openshift-nfd',
  }: { image?: string; phase?: string; ns?: string } = {},
): ClusterServiceVersionKind => ({
  metadata: { name: `nfd.${version}`, namespace: ns },
  spec: {
    version,
    customresourcedefinitions: {
      owned: [
        { name: 'nodefeaturediscoveries.nfd.openshift.io' },
        { name: 'nodefeaturerules.nfd.openshift.io' },
      ],
    },
    install: {
      spec: {
        deployments: [
          {
            name: 'nfd-controller-manager',
            spec: {
              template: {
                spec: {
                  containers: [
                    {
                      name: 'manager',
                      env: [
                        { name: 'POD_NAMESPACE' },
                        ...(image ? [{ name: 'NODE_FEATURE_DISCOVERY_IMAGE', value: image }] : []),
                      ],
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    },
  },
  status: { phase },
});
