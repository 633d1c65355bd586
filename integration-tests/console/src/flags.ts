/** console.flag/model: a flag is true when discovery has the model's group/version/kind. */
import type { Extension } from '@openshift/dynamic-plugin-sdk';
import type { ExtensionK8sModel } from '@openshift-console/dynamic-plugin-sdk';

export type ModelFlag = { flag: string; model: ExtensionK8sModel };

export const modelFlagsOf = (extensions: Extension[]): ModelFlag[] =>
  extensions.filter((e) => e.type === 'console.flag/model').map((e) => e.properties as ModelFlag);

export const computeModelFlags = (
  flags: ModelFlag[],
  has: (gvk: ExtensionK8sModel) => boolean,
): Record<string, boolean> => Object.fromEntries(flags.map((f) => [f.flag, has(f.model)]));
