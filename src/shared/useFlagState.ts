import { useFlag } from '@openshift-console/dynamic-plugin-sdk';

/**
 * A console feature flag, `undefined` while the console has not resolved it: the SDK types
 * useFlag as boolean, but it reads the FLAGS store, where a console.flag/model flag has no value
 * until API discovery has run (openshift/console release-4.22,
 * console-dynamic-plugin-sdk/src/utils/flags.ts: "the boolean value ... or undefined").
 */
export const useFlagState: (flag: string) => boolean | undefined = useFlag;
