import { Suspense, lazy } from 'react';
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
import { usePluginTranslation } from '../shared/i18n';
import { CurrentOverhead } from './CurrentOverhead';
import { MemoryBreakdown } from './MemoryBreakdown';
import { OverheadCalculator } from './OverheadCalculator';
import { OverheadWarnings } from './OverheadWarnings';
import { useOverheadPanel } from './useOverheadPanel';

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
  const panel = useOverheadPanel(runtimeClass, nodes, installedNodes);
  const { name, analysis, calculator: view } = panel;

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
                    panel.setEditing(true);
                  }}
                  isAriaDisabled={!panel.canEdit}
                  data-test="edit-overhead-button"
                >
                  {t('Edit pod overhead')}
                </Button>
                {panel.patchDenied ? (
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
              fields={panel.fields}
              view={view}
              onChange={panel.setField}
              nodes={panel.candidateNodes}
              nodesLoaded={nodesLoaded}
              nodesError={nodesError}
            />
          </CardBody>
        </Card>
      </StackItem>
      {panel.editing ? (
        <Suspense fallback={<Skeleton height="200px" screenreaderText={t('Loading')} />}>
          <EditOverheadModal
            runtimeClass={runtimeClass}
            onClose={() => {
              panel.setEditing(false);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
};
