import { Button, CodeBlock, CodeBlockCode, Content, Title, Stack } from '@patternfly/react-core';
import yaml from 'js-yaml';
import { usePluginTranslation } from '../../shared/i18n';
import { OperationList } from '../OperationList';
import { useDescribeOperation } from '../useOperationText';
import type { PlanOperation } from '../plan';
import type { DryRunState } from '../run';
import type { DryRunGate } from '../gates';
import type { ReviewNodes } from '../reviewNodes';
import { ReviewNodeList } from '../ReviewNodeList';
import { Alert } from '../../shared/Alert';

/** The YAML the operation sends: the object to create, or the node and its JSON patch. */
const yamlOf = (op: PlanOperation): string =>
  yaml.dump(op.kind === 'create' ? op.object : { node: op.node, patch: op.patch }, {
    noRefs: true,
    lineWidth: -1,
  });

type ReviewStepProps = {
  operations: readonly PlanOperation[];
  review: ReviewNodes;
  dryRun: DryRunState;
  /** Where the dry run of this plan stands (a failed one blocks Next until skipped). */
  gate: DryRunGate;
  onDryRun: () => void;
  onSkipDryRun: () => void;
  /** Why the dry run cannot be run (missing permissions), if it cannot. */
  dryRunBlocked?: string;
};

/** Step 5: every object to create or patch, the nodes that get Kata (and reboot), a dry run. */
export const ReviewStep = ({
  operations,
  review,
  dryRun,
  gate,
  onDryRun,
  onSkipDryRun,
  dryRunBlocked,
}: ReviewStepProps) => {
  const { t } = usePluginTranslation();
  const describe = useDescribeOperation();
  return (
    <Stack hasGutter>
      <Title headingLevel="h2" size="lg">
        {t('Nodes that get the Kata runtime')}
      </Title>
      <ReviewNodeList review={review} />
      <Alert
        variant="warning"
        isInline
        title={t('Nodes reboot during installation')}
        data-test="reboot-warning"
      >
        {t(
          'The Operator installs the Kata runtime on the nodes one after another, and each node reboots. Workloads on those nodes are moved to other nodes while it restarts.',
        )}
      </Alert>
      <Title headingLevel="h2" size="lg">
        {t('Resources to create or change')}
      </Title>
      {operations.map((op) => (
        <section key={describe(op)} aria-label={describe(op)} data-test="review-operation">
          <Content component="p">{describe(op)}</Content>
          <CodeBlock>
            <CodeBlockCode data-test="review-yaml">{yamlOf(op)}</CodeBlockCode>
          </CodeBlock>
        </section>
      ))}
      <Title headingLevel="h2" size="lg">
        {t('Dry run')}
      </Title>
      <Content component="p">
        {t(
          'A dry run sends every request to the API server with dryRun=All: the server validates them and writes nothing.',
        )}
      </Content>
      {dryRunBlocked ? <Alert variant="info" isInline isPlain title={dryRunBlocked} /> : null}
      <Button
        variant="secondary"
        onClick={onDryRun}
        isLoading={dryRun.running}
        isDisabled={dryRun.running || dryRunBlocked !== undefined}
        data-test="dry-run"
      >
        {t('Run dry run')}
      </Button>
      {dryRun.results ? (
        <OperationList
          operations={operations}
          results={dryRun.results}
          dryRun
          aria-label={t('Dry run results')}
          data-test="dry-run-results"
        />
      ) : null}
      {gate === 'failed' || gate === 'skipped' ? (
        <Alert
          variant={gate === 'failed' ? 'danger' : 'warning'}
          isInline
          title={
            gate === 'failed'
              ? t('The dry run failed: fix the plan, or go on knowing it may fail')
              : t('Going on without a passing dry run')
          }
          data-test="dry-run-gate"
          actionLinks={
            gate === 'failed' ? (
              <Button variant="link" isInline onClick={onSkipDryRun} data-test="skip-dry-run">
                {t('Go on without it')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
    </Stack>
  );
};
