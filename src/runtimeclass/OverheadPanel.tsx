import { Suspense, lazy, useMemo, useState } from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Card,
  CardBody,
  CardTitle,
  HelperText,
  HelperTextItem,
  Skeleton,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { NodeKind, RuntimeClassKind } from '../models';
import { RuntimeClassModel } from '../models';
import { analyseOverhead, calculatorView } from '../overhead/calculator';
import { INITIAL_CALCULATOR_FIELDS } from '../overhead/form';
import { runtimeClassNodes } from '../overhead/nodes';
import { usePluginTranslation } from '../shared/i18n';
import { CurrentOverhead } from './CurrentOverhead';
import { MemoryBreakdown } from './MemoryBreakdown';
import { OverheadCalculator } from './OverheadCalculator';
import { OverheadWarnings } from './OverheadWarnings';

/** The overhead editor: fetched when it is opened. */
const EditOverheadModal = lazy(() =>
  import('./EditOverheadModal').then(({ EditOverheadModal: modal }) => ({ default: modal })),
);

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
  const { t } = usePluginTranslation();
  const name = runtimeClass.metadata?.name ?? '';
  const [fields, setFields] = useState(INITIAL_CALCULATOR_FIELDS);
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
  const view = calculatorView(fields, podFixed, candidateNodes);

  return (
    <Stack hasGutter data-test={`overhead-panel-${name}`}>
      <StackItem>
        <Card isPlain>
          <CardTitle component="h2">{t('Pod overhead of {{name}}', { name })}</CardTitle>
          <CardBody>
            <Stack hasGutter>
              <StackItem>
                <CurrentOverhead analysis={analysis} />
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
              requestBytes={view.requestBytes}
              overheadBytes={analysis.memory}
              chargedBytes={view.requestBytes + (analysis.memory ?? 0)}
            />
          </CardBody>
        </Card>
      </StackItem>
      <StackItem>
        <Card isPlain>
          <CardBody>
            <OverheadCalculator
              fields={fields}
              view={view}
              onChange={(id, value) => {
                setFields((f) => ({ ...f, [id]: value }));
              }}
              nodes={candidateNodes}
              nodesLoaded={nodesLoaded}
              nodesError={nodesError}
            />
          </CardBody>
        </Card>
      </StackItem>
      {editing ? (
        <Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
          <EditOverheadModal
            runtimeClass={runtimeClass}
            onClose={() => {
              setEditing(false);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
};
