import {
  Button,
  CodeBlock,
  CodeBlockCode,
  Content,
  ExpandableSection,
  List,
  ListItem,
  Title,
  Stack,
} from '@patternfly/react-core';
import yaml from 'js-yaml';
import { useState } from 'react';
import { usePluginTranslation } from '../../shared/i18n';
import { OperationList } from '../OperationList';
import { useDescribeOperation } from '../useOperationText';
import type { PlanOperation } from '../plan';
import type { DryRunState } from '../run';
import type { ExpectedTargets } from '../wizard';
import { Alert } from '../../shared/Alert';

/** The YAML the operation sends: the object to create, or the node and its JSON patch. */
const yamlOf = (op: PlanOperation): string =>
  yaml.dump(op.kind === 'create' ? op.object : { node: op.node, patch: op.patch }, {
    noRefs: true,
    lineWidth: -1,
  });

type ReviewStepProps = {
  operations: readonly PlanOperation[];
  targets: ExpectedTargets;
  dryRun: DryRunState;
  onDryRun: () => void;
  /** Why the dry run cannot be run (missing permissions), if it cannot. */
  dryRunBlocked?: string;
};

/** Step 5: every object to create or patch, the nodes that get Kata (and reboot), a dry run. */
export const ReviewStep = ({
  operations,
  targets,
  dryRun,
  onDryRun,
  dryRunBlocked,
}: ReviewStepProps) => {
  const { t, i18n } = usePluginTranslation();
  const describe = useDescribeOperation();
  const [showNodes, setShowNodes] = useState(false);
  const count = targets.names.length;
  const formatted = new Intl.NumberFormat(i18n.language).format(count);
  return (
    <Stack hasGutter>
      <Title headingLevel="h2" size="lg">
        {t('Nodes that get the Kata runtime')}
      </Title>
      <Content component="p" data-test="target-count">
        {targets.exact
          ? t('{{formatted}} nodes will get the Kata runtime.', { count, formatted })
          : t('About {{formatted}} nodes are expected to get the Kata runtime.', {
              count,
              formatted,
            })}
      </Content>
      {targets.exact ? null : (
        <Content component="p">
          {t(
            'This estimate comes from the eligibility checks. Node Feature Discovery decides which nodes are labelled, so the actual number can differ.',
          )}
        </Content>
      )}
      {count > 0 ? (
        <ExpandableSection
          toggleText={showNodes ? t('Hide the nodes') : t('Show the nodes')}
          isExpanded={showNodes}
          onToggle={(_e, expanded) => {
            setShowNodes(expanded);
          }}
        >
          <List data-test="target-nodes">
            {targets.names.map((name) => (
              <ListItem key={name}>{name}</ListItem>
            ))}
          </List>
        </ExpandableSection>
      ) : null}
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
    </Stack>
  );
};
