/** k8sGet/Create/Update/Patch/Delete with the 4.22 SDK's options-object signatures. */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { fetchJSON } from './http';
import { resourceURL } from './k8s-url';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

export const k8sGet: typeof SDK.k8sGet = async <R extends K8sResourceCommon>({
  model,
  name,
  ns,
  path,
  queryParams,
  requestInit,
}: Parameters<typeof SDK.k8sGet>[0]) =>
  (await fetchJSON(resourceURL(model, { name, ns, path, queryParams }), requestInit)) as R;

export const k8sCreate: typeof SDK.k8sCreate = async <R extends K8sResourceCommon>({
  model,
  data,
  ns,
  path,
  queryParams,
}: Parameters<typeof SDK.k8sCreate<R>>[0]) =>
  (await fetchJSON(resourceURL(model, { ns: ns ?? data.metadata?.namespace, path, queryParams }), {
    method: 'POST',
    headers: JSON_HEADERS,
    body: JSON.stringify(data),
  })) as R;

export const k8sUpdate: typeof SDK.k8sUpdate = async <R extends K8sResourceCommon>({
  model,
  data,
  ns,
  name,
  path,
  queryParams,
}: Parameters<typeof SDK.k8sUpdate<R>>[0]) =>
  (await fetchJSON(
    resourceURL(model, {
      ns: ns ?? data.metadata?.namespace,
      name: name ?? data.metadata?.name,
      path,
      queryParams,
    }),
    { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(data) },
  )) as R;

export const k8sPatch: typeof SDK.k8sPatch = async <R extends K8sResourceCommon>({
  model,
  resource,
  data,
  path,
  queryParams,
}: Parameters<typeof SDK.k8sPatch<R>>[0]) =>
  (await fetchJSON(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify(data),
    },
  )) as R;

export const k8sDelete: typeof SDK.k8sDelete = async <R extends K8sResourceCommon>({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}: Parameters<typeof SDK.k8sDelete<R>>[0]) => {
  const body =
    json ??
    (model.propagationPolicy
      ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
      : undefined);
  return (await fetchJSON(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    {
      ...requestInit,
      method: 'DELETE',
      headers: JSON_HEADERS,
      body: body ? JSON.stringify(body) : undefined,
    },
  )) as R;
};
