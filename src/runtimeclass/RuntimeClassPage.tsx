import { useState } from 'react';
import type { AnchorHTMLAttributes } from 'react';
import { useK8sWatchResources } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResources } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Skeleton,
  Stack,
  StackItem,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';
import { Link } from 'react-router';
import { KATA_REMOTE_RUNTIME_CLASS, KATA_RUNTIME_CLASS, ROUTES } from '../models/constants';
import type { KataConfigKind, NodeKind, RuntimeClassKind } from '../models';
import { KataConfigGVK, NodeGVK, RuntimeClassGVK } from '../models';
import { PluginPage } from '../shared/PluginPage';
import { toApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';
import { OverheadPanel } from './OverheadPanel';
import { RuntimeClassTable } from './RuntimeClassTable';

type Resources = {
  runtimeClasses: RuntimeClassKind[];
  nodes: NodeKind[];
  kataConfigs: KataConfigKind[];
};

/** One list+watch per kind; the KataConfig CRD may be missing, so that watch is optional. */
const RESOURCES: WatchK8sResources<Resources> = {
  runtimeClasses: { groupVersionKind: RuntimeClassGVK, isList: true },
  nodes: { groupVersionKind: NodeGVK, isList: true },
  kataConfigs: { groupVersionKind: KataConfigGVK, isList: true, optional: true },
};

const KATA_NAMES = [KATA_RUNTIME_CLASS, KATA_REMOTE_RUNTIME_CLASS];

/** No error is '' in the console (its reducer's initial loadError), undefined in tests. */
const errorMessage = (e: unknown): string | undefined => (e ? toApiError(e).message : undefined);

const InstallLink = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => (
  <Link {...props} to={ROUTES.install} />
);

/** The first item of a watched list; an optional watch whose CRD is missing may have no list. */
const firstKataConfig = (data: unknown): KataConfigKind | undefined =>
  Array.isArray(data) ? (data[0] as KataConfigKind | undefined) : undefined;

const NotInstalled = () => {
  const { t } = usePluginTranslation();
  return (
    <EmptyState
      titleText={t('Kata is not installed')}
      headingLevel="h2"
      data-test="runtimeclass-empty"
    >
      <EmptyStateBody>
        {t(
          'There is no kata RuntimeClass yet. The OpenShift sandboxed containers operator creates it when Kata is installed on the nodes.',
        )}
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="primary" component={InstallLink}>
            {t('Install Kata')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};

const RuntimeClassPage = () => {
  const { t } = usePluginTranslation();
  const watched = useK8sWatchResources<Resources>(RESOURCES);
  const [selected, setSelected] = useState<string>(KATA_RUNTIME_CLASS);

  const rcWatch = watched.runtimeClasses as (typeof watched)['runtimeClasses'] | undefined;
  const nodeWatch = watched.nodes as (typeof watched)['nodes'] | undefined;
  const kcWatch = watched.kataConfigs as (typeof watched)['kataConfigs'] | undefined;

  const rcError = errorMessage(rcWatch?.loadError);
  const runtimeClasses = [...(rcWatch?.data ?? [])].sort((a, b) =>
    (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
  const kataClasses = KATA_NAMES.flatMap((n) =>
    runtimeClasses.filter((rc) => rc.metadata?.name === n),
  );
  const current =
    kataClasses.find((rc) => rc.metadata?.name === selected) ??
    (kataClasses.length > 0 ? kataClasses[0] : undefined);
  // An optional watch whose CRD is missing may have no data at all.
  const kataConfig = firstKataConfig(kcWatch?.data);

  let body;
  if (rcError !== undefined) {
    body = (
      <Alert variant="danger" isInline title={t('RuntimeClasses could not be loaded')}>
        <span lang="en">{rcError}</span>
      </Alert>
    );
  } else if (!rcWatch?.loaded) {
    body = <Skeleton screenreaderText={t('Loading RuntimeClasses')} height="200px" />;
  } else {
    body = (
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
              nodes={nodeWatch?.data ?? []}
              nodesLoaded={nodeWatch?.loaded ?? false}
              nodesError={errorMessage(nodeWatch?.loadError)}
              installedNodes={kataConfig?.status?.kataNodes?.installed}
            />
          </StackItem>
        ) : null}
      </Stack>
    );
  }

  return <PluginPage title={t('RuntimeClasses')}>{body}</PluginPage>;
};

export default RuntimeClassPage;
