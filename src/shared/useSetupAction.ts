import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { KataConfigModel } from '../models';
import { FLAG_KATACONFIG } from '../models/constants';
import { setupAction } from './setupAction';
import { useFlagState } from './useFlagState';

/** What the empty states may offer this user on this cluster (setupAction). */
export const useSetupAction = () => {
  const operatorInstalled = useFlagState(FLAG_KATACONFIG);
  const [canCreate, checkingAccess] = useAccessReview({
    group: KataConfigModel.apiGroup ?? '',
    resource: KataConfigModel.plural,
    verb: 'create',
  });
  return setupAction({ operatorInstalled, canCreate, checkingAccess });
};
