import { HelperText, HelperTextItem, Icon, List, ListItem, Spinner } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  OutlinedCircleIcon,
} from '@patternfly/react-icons';
import { usePluginTranslation } from '../shared/i18n';
import type { OperationResult } from './executor';
import type { PlanOperation } from './plan';
import { useDescribeOperation, useFailureText, useOutcomeText } from './useOperationText';

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
