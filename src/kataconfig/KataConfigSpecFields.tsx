import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Flex,
  FlexItem,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { CRIO_LOG_LEVELS, KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import type { NodeKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';
import { isSelectorOperator, SELECTOR_OPERATORS } from '../shared/validation';
import type { ValidationError } from '../shared/validation';
import { isKataTarget } from '../eligibility/selector';
import { emptyExpressionRow, emptyLabelRow, selectorFromState } from './form';
import type { ExpressionRow, FormErrors, KataConfigFormState, LabelRow } from './form';
import { useValidationMessage } from './useValidationMessage';

export type KataConfigSpecFieldsProps = {
  value: KataConfigFormState;
  onChange: (next: KataConfigFormState) => void;
  /** Errors by field path, from validateForm. */
  errors: FormErrors;
  /** Cluster nodes; when given, the pool selector shows how many nodes it selects. */
  nodes?: NodeKind[];
  /** The name cannot change once the KataConfig exists. */
  nameReadOnly?: boolean;
  /** Prefix for element ids, so two instances can live on one page. */
  idPrefix?: string;
  /** Extra content shown under the pool selector (e.g. a preview of affected nodes). */
  selectorFooter?: ReactNode;
};

const FieldError = ({ error, id }: { error: ValidationError | undefined; id: string }) => {
  const message = useValidationMessage();
  if (!error) return null;
  return (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant="error">{message(error)}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
};

/** Worker nodes the pool selector picks (before the eligibility label is considered). */
const countTargets = (nodes: readonly NodeKind[], state: KataConfigFormState): number => {
  const spec = { checkNodeEligibility: false, kataConfigPoolSelector: selectorFromState(state) };
  return nodes.filter((n) => isKataTarget(n, spec)).length;
};

const validated = (error: ValidationError | undefined) => (error ? 'error' : 'default');

/**
 * The KataConfig spec as a controlled PatternFly form section: name, checkNodeEligibility, the
 * node pool selector (matchLabels and matchExpressions rows), CRI-O log level and peer pods.
 * Used by the KataConfig page and the install wizard.
 */
export const KataConfigSpecFields = ({
  value,
  onChange,
  errors,
  nodes,
  nameReadOnly = false,
  idPrefix = 'scc-kataconfig',
  selectorFooter,
}: KataConfigSpecFieldsProps) => {
  const { t } = usePluginTranslation();
  const id = (suffix: string) => `${idPrefix}-${suffix}`;

  const setLabel = (index: number, patch: Partial<LabelRow>) => {
    onChange({
      ...value,
      matchLabels: value.matchLabels.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    });
  };
  const setExpression = (index: number, patch: Partial<ExpressionRow>) => {
    onChange({
      ...value,
      matchExpressions: value.matchExpressions.map((row, i) =>
        i === index ? { ...row, ...patch } : row,
      ),
    });
  };

  return (
    <>
      <FormGroup label={t('Name')} isRequired fieldId={id('name')}>
        <TextInput
          id={id('name')}
          value={value.name}
          isRequired
          readOnlyVariant={nameReadOnly ? 'default' : undefined}
          validated={validated(errors.name)}
          aria-describedby={errors.name ? id('name-error') : undefined}
          onChange={(_e, name) => {
            onChange({ ...value, name });
          }}
          data-test="kataconfig-name"
        />
        <FieldError error={errors.name} id={id('name-error')} />
      </FormGroup>

      <FormGroup fieldId={id('check-node-eligibility')}>
        <Checkbox
          id={id('check-node-eligibility')}
          label={t('Check node eligibility')}
          description={t(
            'Install the Kata runtime only on nodes labelled {{label}}. The label is applied by the Node Feature Discovery (NFD) Operator or by hand to nodes known to be eligible. When cleared, the Kata runtime is installed on all worker nodes.',
            { label: `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}` },
          )}
          isChecked={value.checkNodeEligibility}
          onChange={(_e, checked) => {
            onChange({ ...value, checkNodeEligibility: checked });
          }}
          data-test="kataconfig-check-node-eligibility"
        />
      </FormGroup>

      <FormGroup label={t('Node pool selector')} role="group" fieldId={id('selector')}>
        <HelperText>
          <HelperTextItem>
            {t(
              'Chooses the worker nodes that get the Kata runtime. Leave empty to use all worker nodes.',
            )}
          </HelperTextItem>
        </HelperText>

        {value.matchLabels.map((row, i) => {
          const n = i + 1;
          const keyError = errors[`matchLabels.${String(i)}.key`];
          const valueError = errors[`matchLabels.${String(i)}.value`];
          return (
            <Flex
              key={`label-${String(i)}`}
              alignItems={{ default: 'alignItemsFlexStart' }}
              data-test="kataconfig-label-row"
            >
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={t('Label key, row {{n}}', { n })}
                  placeholder={t('Key')}
                  value={row.key}
                  validated={validated(keyError)}
                  aria-describedby={keyError ? id(`label-${String(i)}-key-error`) : undefined}
                  onChange={(_e, key) => {
                    setLabel(i, { key });
                  }}
                />
                <FieldError error={keyError} id={id(`label-${String(i)}-key-error`)} />
              </FlexItem>
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={t('Label value, row {{n}}', { n })}
                  placeholder={t('Value')}
                  value={row.value}
                  validated={validated(valueError)}
                  aria-describedby={valueError ? id(`label-${String(i)}-value-error`) : undefined}
                  onChange={(_e, v) => {
                    setLabel(i, { value: v });
                  }}
                />
                <FieldError error={valueError} id={id(`label-${String(i)}-value-error`)} />
              </FlexItem>
              <FlexItem>
                <Button
                  variant="plain"
                  aria-label={t('Remove label row {{n}}', { n })}
                  icon={<MinusCircleIcon />}
                  onClick={() => {
                    onChange({
                      ...value,
                      matchLabels: value.matchLabels.filter((_r, j) => j !== i),
                    });
                  }}
                />
              </FlexItem>
            </Flex>
          );
        })}
        <div>
          <Button
            variant="link"
            isInline
            icon={<PlusCircleIcon />}
            onClick={() => {
              onChange({
                ...value,
                matchLabels: [...value.matchLabels, emptyLabelRow()],
              });
            }}
            data-test="kataconfig-add-label"
          >
            {t('Add label')}
          </Button>
        </div>

        {value.matchExpressions.map((row, i) => {
          const n = i + 1;
          const keyError = errors[`matchExpressions.${String(i)}.key`];
          const operatorError = errors[`matchExpressions.${String(i)}.operator`];
          const valuesError = errors[`matchExpressions.${String(i)}.values`];
          const noValues = row.operator === 'Exists' || row.operator === 'DoesNotExist';
          return (
            <Flex
              key={`expr-${String(i)}`}
              alignItems={{ default: 'alignItemsFlexStart' }}
              data-test="kataconfig-expression-row"
            >
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={t('Expression key, row {{n}}', { n })}
                  placeholder={t('Key')}
                  value={row.key}
                  validated={validated(keyError)}
                  aria-describedby={keyError ? id(`expr-${String(i)}-key-error`) : undefined}
                  onChange={(_e, key) => {
                    setExpression(i, { key });
                  }}
                />
                <FieldError error={keyError} id={id(`expr-${String(i)}-key-error`)} />
              </FlexItem>
              <FlexItem>
                <FormSelect
                  aria-label={t('Operator, row {{n}}', { n })}
                  value={row.operator}
                  validated={validated(operatorError)}
                  aria-describedby={operatorError ? id(`expr-${String(i)}-op-error`) : undefined}
                  onChange={(_e, operator) => {
                    setExpression(i, {
                      operator,
                      values:
                        operator === 'Exists' || operator === 'DoesNotExist' ? '' : row.values,
                    });
                  }}
                >
                  {SELECTOR_OPERATORS.map((op) => (
                    <FormSelectOption key={op} value={op} label={op} />
                  ))}
                  {isSelectorOperator(row.operator) ? null : (
                    <FormSelectOption value={row.operator} label={row.operator} isDisabled />
                  )}
                </FormSelect>
                <FieldError error={operatorError} id={id(`expr-${String(i)}-op-error`)} />
              </FlexItem>
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={t('Values, row {{n}}', { n })}
                  placeholder={noValues ? t('No values') : t('Values, separated by commas')}
                  value={row.values}
                  isDisabled={noValues && row.values === ''}
                  validated={validated(valuesError)}
                  aria-describedby={valuesError ? id(`expr-${String(i)}-values-error`) : undefined}
                  onChange={(_e, values) => {
                    setExpression(i, { values });
                  }}
                />
                <FieldError error={valuesError} id={id(`expr-${String(i)}-values-error`)} />
              </FlexItem>
              <FlexItem>
                <Button
                  variant="plain"
                  aria-label={t('Remove expression row {{n}}', { n })}
                  icon={<MinusCircleIcon />}
                  onClick={() => {
                    onChange({
                      ...value,
                      matchExpressions: value.matchExpressions.filter((_r, j) => j !== i),
                    });
                  }}
                />
              </FlexItem>
            </Flex>
          );
        })}
        <div>
          <Button
            variant="link"
            isInline
            icon={<PlusCircleIcon />}
            onClick={() => {
              onChange({
                ...value,
                matchExpressions: [...value.matchExpressions, emptyExpressionRow()],
              });
            }}
            data-test="kataconfig-add-expression"
          >
            {t('Add expression')}
          </Button>
        </div>
        {nodes ? (
          <HelperText data-test="kataconfig-selector-matches">
            <HelperTextItem>
              {t('{{count}} worker nodes match this selector', {
                count: countTargets(nodes, value),
              })}
            </HelperTextItem>
          </HelperText>
        ) : null}
        {selectorFooter}
      </FormGroup>

      <FormGroup label={t('Log level')} fieldId={id('log-level')}>
        <FormSelect
          id={id('log-level')}
          value={value.logLevel}
          validated={validated(errors.logLevel)}
          aria-describedby={errors.logLevel ? id('log-level-error') : undefined}
          onChange={(_e, logLevel) => {
            onChange({ ...value, logLevel });
          }}
          data-test="kataconfig-log-level"
        >
          {CRIO_LOG_LEVELS.map((level) => (
            <FormSelectOption key={level} value={level} label={level} />
          ))}
          {(CRIO_LOG_LEVELS as readonly string[]).includes(value.logLevel) ? null : (
            <FormSelectOption value={value.logLevel} label={value.logLevel} isDisabled />
          )}
        </FormSelect>
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t('CRI-O log level on the nodes that run the Kata runtime.')}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
        <FieldError error={errors.logLevel} id={id('log-level-error')} />
      </FormGroup>

      <FormGroup fieldId={id('peer-pods')}>
        <Checkbox
          id={id('peer-pods')}
          label={t('Enable peer pods')}
          description={t(
            'Runs pod VMs on a remote system (a cloud provider) instead of on the cluster nodes. Creates the kata-remote RuntimeClass.',
          )}
          isChecked={value.enablePeerPods}
          onChange={(_e, checked) => {
            onChange({ ...value, enablePeerPods: checked });
          }}
          data-test="kataconfig-peer-pods"
        />
      </FormGroup>
    </>
  );
};
