import { useMemo, useState } from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  HelperText,
  HelperTextItem,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { NodeKind, RuntimeClassKind } from '../models';
import { RuntimeClassModel } from '../models';
import { analyseOverhead, calculate } from '../overhead/calculator';
import { checkPodCount, checkQuantity } from '../overhead/form';
import { DOCUMENTED_DEFAULT_OVERHEAD, OPERATOR_DEFAULT_OVERHEAD } from '../overhead/memoryModel';
import { runtimeClassNodes } from '../overhead/nodes';
import { formatBytes, formatCores, parseQuantity } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';
import { EditOverheadModal } from './EditOverheadModal';
import { MemoryBreakdown } from './MemoryBreakdown';
import type { CalculatorChecks, CalculatorFields } from './OverheadCalculator';
import { OverheadCalculator } from './OverheadCalculator';
import { OverheadWarnings } from './OverheadWarnings';

const INITIAL_FIELDS: CalculatorFields = {
  memoryRequest: '1Gi',
  memoryLimit: '2Gi',
  cpuRequest: '500m',
  podCount: '1',
};

type OverheadPanelProps = {
  runtimeClass: RuntimeClassKind;
  nodes: NodeKind[];
  nodesLoaded: boolean;
  nodesError: string | undefined;
  /** KataConfig status.kataNodes.installed, when a KataConfig exists. */
  installedNodes: string[] | undefined;
};

/** Pod overhead, memory model, calculator and edit action for one Kata RuntimeClass. */
export const OverheadPanel = ({
  runtimeClass,
  nodes,
  nodesLoaded,
  nodesError,
  installedNodes,
}: OverheadPanelProps) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const name = runtimeClass.metadata?.name ?? '';
  const [fields, setFields] = useState(INITIAL_FIELDS);
  const [editing, setEditing] = useState(false);
  const [canPatch, checkingAccess] = useAccessReview({
    group: RuntimeClassModel.apiGroup,
    resource: RuntimeClassModel.plural,
    verb: 'patch',
    name,
  });

  const podFixed = runtimeClass.overhead?.podFixed;
  const analysis = analyseOverhead(podFixed);
  const candidateNodes = useMemo(
    () => runtimeClassNodes(nodes, runtimeClass, installedNodes),
    [nodes, runtimeClass, installedNodes],
  );
  const checks: CalculatorChecks = {
    memoryRequest: checkQuantity(fields.memoryRequest, false),
    memoryLimit: checkQuantity(fields.memoryLimit, false),
    cpuRequest: checkQuantity(fields.cpuRequest, false),
    podCount: checkPodCount(fields.podCount),
  };
  const valid = Object.values(checks).every((c) => c.error === undefined);
  const result = valid
    ? calculate({
        memoryRequest: checks.memoryRequest.value,
        memoryLimit: checks.memoryLimit.value,
        cpuRequest: checks.cpuRequest.value,
        podCount: checks.podCount.value ?? 1,
        podFixed,
        nodes: candidateNodes,
      })
    : undefined;
  const requestForChart = checks.memoryRequest.value ?? checks.memoryLimit.value ?? 0;
  const fmtMem = (q: string) => formatBytes(parseQuantity(q) ?? 0, locale);
  const fmtCpu = (q: string) => formatCores(parseQuantity(q) ?? 0, locale);

  return (
    <Stack hasGutter data-test={`overhead-panel-${name}`}>
      <StackItem>
        <Card isPlain>
          <CardTitle component="h2">{t('Pod overhead of {{name}}', { name })}</CardTitle>
          <CardBody>
            <Stack hasGutter>
              <StackItem>
                <DescriptionList isCompact isHorizontal>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Memory')}</DescriptionListTerm>
                    <DescriptionListDescription data-test="current-overhead-memory">
                      {analysis.memory === undefined
                        ? t('None')
                        : formatBytes(analysis.memory, locale)}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('CPU')}</DescriptionListTerm>
                    <DescriptionListDescription data-test="current-overhead-cpu">
                      {analysis.cpu === undefined ? t('None') : formatCores(analysis.cpu, locale)}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Documented default (supported)')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {t('Memory {{memory}}, CPU {{cpu}}', {
                        memory: fmtMem(DOCUMENTED_DEFAULT_OVERHEAD.memory),
                        cpu: fmtCpu(DOCUMENTED_DEFAULT_OVERHEAD.cpu),
                      })}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Current operator default')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {t('Memory {{memory}}, CPU {{cpu}}', {
                        memory: fmtMem(OPERATOR_DEFAULT_OVERHEAD.memory),
                        cpu: fmtCpu(OPERATOR_DEFAULT_OVERHEAD.cpu),
                      })}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </DescriptionList>
              </StackItem>
              <StackItem>
                <OverheadWarnings name={name} analysis={analysis} />
              </StackItem>
              <StackItem>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setEditing(true);
                  }}
                  isAriaDisabled={!canPatch || checkingAccess}
                  data-test="edit-overhead-button"
                >
                  {t('Edit pod overhead')}
                </Button>
                {!canPatch && !checkingAccess ? (
                  <HelperText>
                    <HelperTextItem data-test="edit-overhead-denied">
                      {t('You do not have permission to patch the RuntimeClass {{name}}.', {
                        name,
                      })}
                    </HelperTextItem>
                  </HelperText>
                ) : null}
              </StackItem>
            </Stack>
          </CardBody>
        </Card>
      </StackItem>
      <StackItem>
        <Card isPlain>
          <CardBody>
            <MemoryBreakdown
              requestBytes={requestForChart}
              overheadBytes={analysis.memory}
              chargedBytes={requestForChart + (analysis.memory ?? 0)}
            />
          </CardBody>
        </Card>
      </StackItem>
      <StackItem>
        <Card isPlain>
          <CardBody>
            <OverheadCalculator
              fields={fields}
              checks={checks}
              onChange={(id, value) => {
                setFields((f) => ({ ...f, [id]: value }));
              }}
              result={result}
              nodes={candidateNodes}
              nodesLoaded={nodesLoaded}
              nodesError={nodesError}
            />
          </CardBody>
        </Card>
      </StackItem>
      {editing ? (
        <EditOverheadModal
          runtimeClass={runtimeClass}
          onClose={() => {
            setEditing(false);
          }}
        />
      ) : null}
    </Stack>
  );
};
