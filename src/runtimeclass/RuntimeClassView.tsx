import { useState } from 'react';
import { Stack, StackItem, ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { KATA_RUNTIME_CLASS } from '../models/constants';
import { usePluginTranslation } from '../shared/i18n';
import { SetupEmptyState } from '../shared/SetupEmptyState';
import { OverheadPanel } from './OverheadPanel';
import { RuntimeClassTable } from './RuntimeClassTable';
import type { RuntimeClassData } from './useRuntimeClassData';

const NotInstalled = () => {
  const { t } = usePluginTranslation();
  return (
    <SetupEmptyState title={t('Kata is not installed')} data-test="runtimeclass-empty">
      {t(
        'There is no kata RuntimeClass yet. The OpenShift sandboxed containers operator creates it when Kata is installed on the nodes.',
      )}
    </SetupEmptyState>
  );
};

/** Every RuntimeClass, and the pod overhead of the Kata one the user picks (kata first). */
export const RuntimeClassView = ({ data }: { data: RuntimeClassData }) => {
  const { t } = usePluginTranslation();
  const [selected, setSelected] = useState<string>(KATA_RUNTIME_CLASS);
  const { runtimeClasses, kataClasses } = data;
  const current =
    kataClasses.find((rc) => rc.metadata?.name === selected) ??
    (kataClasses.length > 0 ? kataClasses[0] : undefined);
  return (
    <Stack hasGutter>
      {runtimeClasses.length > 0 ? (
        <StackItem>
          <RuntimeClassTable runtimeClasses={runtimeClasses} />
        </StackItem>
      ) : null}
      {current === undefined ? (
        <StackItem>
          <NotInstalled />
        </StackItem>
      ) : null}
      {kataClasses.length > 1 ? (
        <StackItem>
          <ToggleGroup aria-label={t('Kata RuntimeClass to inspect')}>
            {kataClasses.map((rc) => {
              const name = rc.metadata?.name ?? '';
              return (
                <ToggleGroupItem
                  key={name}
                  text={name}
                  buttonId={`scc-rc-select-${name}`}
                  isSelected={current?.metadata?.name === name}
                  onChange={() => {
                    setSelected(name);
                  }}
                />
              );
            })}
          </ToggleGroup>
        </StackItem>
      ) : null}
      {current ? (
        <StackItem>
          <OverheadPanel
            runtimeClass={current}
            nodes={data.nodes}
            nodesLoaded={data.nodesLoaded}
            nodesError={data.nodesError}
            installedNodes={data.installedNodes}
          />
        </StackItem>
      ) : null}
    </Stack>
  );
};
