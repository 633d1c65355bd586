/**
 * The primary action of the pages' "nothing installed yet" empty states (pure): one pattern on
 * every page, and only an action the user can take.
 */
export type SetupAction = 'loading' | 'none' | 'operatorHub' | 'install';

export type SetupFacts = {
  /** The KataConfig CRD exists (console.flag/model); undefined until the console knows. */
  operatorInstalled: boolean | undefined;
  /** SelfSubjectAccessReview: may the user create KataConfigs? */
  canCreate: boolean;
  checkingAccess: boolean;
};

export const setupAction = ({
  operatorInstalled,
  canCreate,
  checkingAccess,
}: SetupFacts): SetupAction => {
  if (operatorInstalled === undefined || checkingAccess) return 'loading';
  // A read-only user can neither subscribe to the operator nor create a KataConfig.
  if (!canCreate) return 'none';
  return operatorInstalled ? 'install' : 'operatorHub';
};

/**
 * The console's software catalog filtered to operators (console 4.22 replaces /operatorhub with
 * /catalog?catalogType=operator; openshift/console packages/operator-lifecycle-manager).
 */
export const OPERATOR_HUB_PATH = '/catalog?catalogType=operator&keyword=sandboxed%20containers';
