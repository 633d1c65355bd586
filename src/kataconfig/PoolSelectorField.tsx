import type { ReactNode } from 'react';
import { FormGroup, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { NodeKind } from '../models';
import { isKataTarget } from '../eligibility/selector';
import { usePluginTranslation } from '../shared/i18n';
import { selectorFromState } from './form';
import type { FormErrors, KataConfigFormState } from './form';
import { SelectorRows } from './SelectorRows';

/** Worker nodes the pool selector picks (before the eligibility label is considered). */
const countTargets = (nodes: readonly NodeKind[], state: KataConfigFormState): number => {
  const spec = { checkNodeEligibility: false, kataConfigPoolSelector: selectorFromState(state) };
  return nodes.filter((n) => isKataTarget(n, spec)).length;
};

type PoolSelectorFieldProps = {
  value: KataConfigFormState;
  onChange: (patch: Partial<KataConfigFormState>) => void;
  errors: FormErrors;
  id: string;
  /** Cluster nodes; when given, the field says how many worker nodes the selector picks. */
  nodes?: NodeKind[];
  footer?: ReactNode;
};

/** `kataConfigPoolSelector`: label rows and expression rows, and how many workers they pick. */
export const PoolSelectorField = ({
  value,
  onChange,
  errors,
  id,
  nodes,
  footer,
}: PoolSelectorFieldProps) => {
  const { t } = usePluginTranslation();
  return (
    <FormGroup label={t('Node pool selector')} role="group" fieldId={id}>
      <HelperText>
        <HelperTextItem>
          {t(
            'Chooses the worker nodes that get the Kata runtime. Leave empty to use all worker nodes.',
          )}
        </HelperTextItem>
      </HelperText>
      <SelectorRows value={value} onChange={onChange} errors={errors} id={id} />
      {nodes ? (
        <HelperText data-test="kataconfig-selector-matches">
          <HelperTextItem>
            {t('{{count}} worker nodes match this selector', {
              count: countTargets(nodes, value),
            })}
          </HelperTextItem>
        </HelperText>
      ) : null}
      {footer}
    </FormGroup>
  );
};
