import { Button, Content, List, ListItem, Stack } from '@patternfly/react-core';
import { usePluginTranslation } from '../../shared/i18n';
import { OperationList } from '../OperationList';
import { isApplied } from '../run';
import type { ApplyState } from '../run';
import type { DryRunGate } from '../gates';
import type { Permission } from '../wizard';
import { Alert } from '../../shared/Alert';

type ApplyStepProps = {
  state?: ApplyState;
  missing: readonly Permission[];
  /** The access reviews are still loading: the user cannot start yet. */
  accessLoading: boolean;
  /** Where the dry run of this plan stands: a skipped failure is said again here. */
  dryRunGate: DryRunGate;
  onStart: () => void;
  onRetry: () => void;
};

/** Step 6: run the operations in order; a failure stops with the API message and a Retry. */
export const ApplyStep = ({
  state,
  missing,
  accessLoading,
  dryRunGate,
  onStart,
  onRetry,
}: ApplyStepProps) => {
  const { t } = usePluginTranslation();
  const permissionText = (p: Permission) => {
    switch (p) {
      case 'create-kataconfig':
        return t('create KataConfigs');
      case 'create-nfd':
        return t('create NodeFeatureDiscoveries and NodeFeatureRules in the chosen namespace');
      case 'patch-nodes':
        return t('label (patch) nodes');
    }
  };
  const running = state?.running !== undefined;
  const failed = state?.failedAt !== undefined && !running;
  return (
    <Stack hasGutter>
      {missing.length > 0 ? (
        <Alert
          variant="warning"
          isInline
          title={t('You cannot install with your current permissions')}
          data-test="read-only"
        >
          <Content component="p">
            {t('Ask a cluster administrator. Your account is not allowed to:')}
          </Content>
          <List>
            {missing.map((p) => (
              <ListItem key={p}>{permissionText(p)}</ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
      {state ? null : (
        <>
          {dryRunGate === 'skipped' ? (
            <Alert
              variant="warning"
              isInline
              title={t('The dry run of this plan failed')}
              data-test="apply-dry-run-failed"
            >
              {t(
                'You chose to go on without a passing dry run: the same operation may fail again. Nothing is created twice if you retry.',
              )}
            </Alert>
          ) : null}
          <Content component="p">
            {t('Nothing has been written to the cluster yet. Start the installation when ready.')}
          </Content>
          <Button
            variant="primary"
            onClick={onStart}
            isDisabled={missing.length > 0 || accessLoading}
            isLoading={accessLoading}
            data-test="apply-start"
          >
            {t('Install')}
          </Button>
        </>
      )}
      {state ? (
        <OperationList
          operations={state.operations}
          results={state.results}
          running={state.running}
          aria-label={t('Installation operations')}
          data-test="apply-results"
        />
      ) : null}
      {failed ? (
        <Alert
          variant="danger"
          isInline
          title={t('The installation stopped at a failed operation')}
          data-test="apply-failed"
          actionLinks={
            <Button variant="link" isInline onClick={onRetry} data-test="apply-retry">
              {t('Retry')}
            </Button>
          }
        >
          {t(
            'Retry continues from the failed operation. Operations that succeeded are not repeated, and nothing is created twice. Your choices are kept; you can go back and change them first.',
          )}
        </Alert>
      ) : null}
      {isApplied(state) ? (
        <Alert
          variant="success"
          isInline
          title={t('All operations succeeded')}
          data-test="apply-succeeded"
        >
          {t('Continue to follow the installation on each node.')}
        </Alert>
      ) : null}
    </Stack>
  );
};
