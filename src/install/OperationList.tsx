import { HelperText, HelperTextItem, Icon, List, ListItem, Spinner } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  OutlinedCircleIcon,
} from '@patternfly/react-icons';
import { KATA_RUNTIME_LABEL, KATA_RUNTIME_LABEL_VALUE } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import type { Failure, OperationResult, Outcome } from './executor';
import type { PlanOperation } from './plan';

/** A sentence naming what an operation does. */
export const useDescribeOperation = () => {
  const { t } = usePluginTranslation();
  return (op: PlanOperation): string => {
    switch (op.kind) {
      case 'label-node':
        return t('Label node {{name}} with {{label}}', {
          name: op.node,
          label: `${KATA_RUNTIME_LABEL}=${KATA_RUNTIME_LABEL_VALUE}`,
        });
      case 'create':
        return op.object.metadata?.namespace
          ? t('Create {{kind}} {{name}} in namespace {{namespace}}', {
              kind: op.model.kind,
              name: op.object.metadata.name ?? '',
              namespace: op.object.metadata.namespace,
            })
          : t('Create {{kind}} {{name}}', {
              kind: op.model.kind,
              name: op.object.metadata?.name ?? '',
            });
    }
  };
};

const useOutcomeText = () => {
  const { t } = usePluginTranslation();
  return (outcome: Outcome, dryRun: boolean): string => {
    switch (outcome) {
      case 'created':
        return dryRun ? t('The API server accepts it (dry run)') : t('Created successfully');
      case 'labelled':
        return dryRun ? t('The API server accepts the label (dry run)') : t('Labelled');
      case 'adopted':
        return t('Already exists with the same settings: kept as it is');
      case 'skipped':
        return t('Already labelled: nothing to do');
    }
  };
};

const useFailureText = () => {
  const { t } = usePluginTranslation();
  return (failure: Failure): string => {
    switch (failure.kind) {
      case 'api':
        return failure.error.message;
      case 'conflict':
        return t(
          'It already exists with different settings ({{fields}}). Nothing was changed. Delete it or choose another name, then try again.',
          { fields: failure.fields.join(', ') },
        );
      case 'missing':
        return t('The node no longer exists.');
    }
  };
};

/** What the operation does, and under it what happened. */
const OperationText = ({
  what,
  status,
  failed = false,
}: {
  what: string;
  status: string;
  failed?: boolean;
}) => (
  <>
    <div>{what}</div>
    <HelperText>
      <HelperTextItem variant={failed ? 'error' : 'default'}>{status}</HelperTextItem>
    </HelperText>
  </>
);

type OperationListProps = {
  operations: readonly PlanOperation[];
  results: readonly (OperationResult | undefined)[];
  /** Index of the operation running now. */
  running?: number;
  dryRun?: boolean;
  'aria-label': string;
  'data-test': string;
};

/** Each operation of the plan with its status icon and result. */
export const OperationList = ({
  operations,
  results,
  running,
  dryRun = false,
  'aria-label': ariaLabel,
  'data-test': dataTest,
}: OperationListProps) => {
  const { t } = usePluginTranslation();
  const describe = useDescribeOperation();
  const outcomeText = useOutcomeText();
  const failureText = useFailureText();
  return (
    <List isPlain aria-label={ariaLabel} data-test={dataTest}>
      {operations.map((op, i) => {
        const result = results[i];
        const key = `${op.kind}-${describe(op)}`;
        if (running === i) {
          return (
            <ListItem
              key={key}
              icon={<Spinner size="sm" aria-hidden />}
              data-test="operation-running"
            >
              <OperationText what={describe(op)} status={t('Running')} />
            </ListItem>
          );
        }
        if (!result) {
          return (
            <ListItem
              key={key}
              icon={
                <Icon>
                  <OutlinedCircleIcon />
                </Icon>
              }
              data-test="operation-pending"
            >
              <OperationText what={describe(op)} status={t('Not run yet')} />
            </ListItem>
          );
        }
        if (result.status === 'succeeded') {
          return (
            <ListItem
              key={key}
              icon={
                <Icon status="success">
                  <CheckCircleIcon />
                </Icon>
              }
              data-test="operation-succeeded"
            >
              <OperationText what={describe(op)} status={outcomeText(result.outcome, dryRun)} />
            </ListItem>
          );
        }
        return (
          <ListItem
            key={key}
            icon={
              <Icon status="danger">
                <ExclamationCircleIcon />
              </Icon>
            }
            data-test="operation-failed"
          >
            <OperationText what={describe(op)} status={failureText(result.failure)} failed />
          </ListItem>
        );
      })}
    </List>
  );
};
