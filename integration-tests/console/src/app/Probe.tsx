/**
 * `/host-probe?...`: a host-only page that shows what the SDK hooks return, for the specs that
 * check the host against the console (FIDELITY.md). Every rendered state is also appended to
 * `window.__probe` so a spec can read the whole history (e.g. "loaded with 250 items first").
 *
 * - `resource=<WatchK8sResource JSON>`: useK8sWatchResource
 * - `flag=<name>`: useFlag; `model=<group~version~kind>`: useK8sModel
 * - `editor=1`: a button that mounts the SDK's CodeEditor WITHOUT a <Suspense> of its own
 * - `ns=<namespace>&key=<key>`: a button that mounts useTranslation(ns) and t(key)
 */
import { useEffect, useState } from 'react';
import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import { Button, PageSection } from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CodeEditor } from '../sdk/components';
import { useFlag, useK8sModel, useK8sWatchResource } from '../sdk/hooks';

export type ProbeState = Record<string, unknown>;

declare global {
  interface Window {
    __probe?: ProbeState[];
  }
}

const describeError = (e: unknown): unknown => {
  if (e === '' || e === undefined || e === null) return e ?? null;
  if (e instanceof Error) {
    return { name: e.name, message: e.message, code: (e as { code?: unknown }).code ?? null };
  }
  return { value: JSON.stringify(e) };
};

const describeData = (d: unknown): unknown => {
  if (d === null || d === undefined) return null;
  if (Array.isArray(d)) {
    return { kind: 'array', count: d.length };
  }
  const o = d as { kind?: string; metadata?: { name?: string } };
  return { kind: 'object', objectKind: o.kind ?? null, name: o.metadata?.name ?? null };
};

const ProbeRecord = ({ state }: { state: ProbeState }) => {
  const json = JSON.stringify(state);
  useEffect(() => {
    (window.__probe ??= []).push(JSON.parse(json) as ProbeState);
  }, [json]);
  return <pre data-test="probe">{json}</pre>;
};

const WatchProbe = ({ resource }: { resource: WatchK8sResource }) => {
  const [data, loaded, loadError] = useK8sWatchResource<K8sResourceCommon>(resource) as [
    unknown,
    boolean,
    unknown,
  ];
  return (
    <ProbeRecord
      state={{ data: describeData(data), loaded, loadError: describeError(loadError) }}
    />
  );
};

const FlagProbe = ({ flag }: { flag: string }) => {
  const value = useFlag(flag) as boolean | undefined;
  return <ProbeRecord state={{ flag: value ?? 'undefined' }} />;
};

const ModelProbe = ({ model }: { model: string }) => {
  const [m, inFlight] = useK8sModel(model) as [K8sModel | undefined, boolean];
  return <ProbeRecord state={{ model: m?.kind ?? null, inFlight }} />;
};

const I18nProbe = ({ ns, tkey }: { ns: string; tkey: string }) => {
  const { t } = useTranslation(ns);
  return <ProbeRecord state={{ text: t(tkey) }} />;
};

/**
 * Mounts its children on a click: a plain state update, as a plugin's toggle is (a route change
 * is a transition in react-router 7, during which React keeps the old page instead of suspending).
 */
const OnClick = ({ label, children }: { label: string; children: React.ReactNode }) => {
  const [shown, setShown] = useState(false);
  return shown ? (
    <>{children}</>
  ) : (
    <Button
      onClick={() => {
        setShown(true);
      }}
    >
      {label}
    </Button>
  );
};

export const Probe = () => {
  const [params] = useSearchParams();
  const resource = params.get('resource');
  const flag = params.get('flag');
  const model = params.get('model');
  const ns = params.get('ns');
  return (
    <PageSection data-test="probe-page">
      {resource ? <WatchProbe resource={JSON.parse(resource) as WatchK8sResource} /> : null}
      {flag ? <FlagProbe flag={flag} /> : null}
      {model ? <ModelProbe model={model} /> : null}
      {ns ? (
        <OnClick label="Translate">
          <I18nProbe ns={ns} tkey={params.get('key') ?? ''} />
        </OnClick>
      ) : null}
      {params.get('editor') ? (
        <OnClick label="Show editor">
          <CodeEditor value="a: 1" height="200px" />
        </OnClick>
      ) : null}
    </PageSection>
  );
};
