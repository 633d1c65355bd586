import type { ReactNode } from 'react';
import { Button, FlexItem, FormGroup, HelperText, HelperTextItem } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import type { NodeKind } from '../models';
import { isKataTarget } from '../eligibility/selector';
import { usePluginTranslation } from '../shared/i18n';
import { ExpressionRows } from './ExpressionRows';
import { selectorFromState } from './form';
import type { FormErrors, KataConfigFormState } from './form';
import { LabelRows } from './LabelRows';

export type RowsProps<Row> = {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: FormErrors;
  /** Prefix for element ids. */
  id: string;
};

export const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <FlexItem>
    <Button variant="plain" aria-label={label} icon={<MinusCircleIcon />} onClick={onClick} />
  </FlexItem>
);

export const AddButton = ({
  text,
  onClick,
  test,
}: {
  text: string;
  onClick: () => void;
  test: string;
}) => (
  <div>
    <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={onClick} data-test={test}>
      {text}
    </Button>
  </div>
);

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
      <LabelRows
        rows={value.matchLabels}
        errors={errors}
        id={id}
        onChange={(matchLabels) => {
          onChange({ matchLabels });
        }}
      />
      <ExpressionRows
        rows={value.matchExpressions}
        errors={errors}
        id={id}
        onChange={(matchExpressions) => {
          onChange({ matchExpressions });
        }}
      />
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
