/** The cluster's platform (Infrastructure `status.platformStatus.type`) in words. Pure. */

/**
 * Product names of the platforms, as Red Hat writes them (names, not translated). The generic
 * ones (bare metal, none, external) are words, translated by usePlatformName.
 */
const PLATFORM_NAMES: Record<string, string> = {
  aws: 'Amazon Web Services (AWS)',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  vsphere: 'VMware vSphere',
  openstack: 'Red Hat OpenStack Platform',
  kubevirt: 'Red Hat OpenShift Virtualization',
  ovirt: 'Red Hat Virtualization',
  nutanix: 'Nutanix',
  ibmcloud: 'IBM Cloud',
  powervs: 'IBM Power Virtual Server',
  alibabacloud: 'Alibaba Cloud',
  equinixmetal: 'Equinix Metal',
};

/** The platforms whose name is a word to translate rather than a product name. */
export type GenericPlatform = 'baremetal' | 'none' | 'external';

const isGeneric = (p: string): p is GenericPlatform =>
  p === 'baremetal' || p === 'none' || p === 'external';

/** A product name, or the generic platform the caller words in the page's language. */
export const platformName = (platform: string): string | { generic: GenericPlatform } => {
  const p = platform.toLowerCase();
  if (isGeneric(p)) return { generic: p };
  return PLATFORM_NAMES[p] ?? platform;
};
