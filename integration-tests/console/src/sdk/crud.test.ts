import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { k8sCreate, k8sDelete, k8sGet, k8sPatch, k8sUpdate } from './crud';
import { HttpError } from './http';

const KataConfigModel: K8sModel = {
  kind: 'KataConfig',
  abbr: 'KC',
  label: 'KataConfig',
  labelPlural: 'KataConfigs',
  plural: 'kataconfigs',
  apiVersion: 'v1',
  apiGroup: 'kataconfiguration.openshift.io',
  namespaced: false,
};
const BASE = '/api/kubernetes/apis/kataconfiguration.openshift.io/v1/kataconfigs';
const kc = {
  apiVersion: 'kataconfiguration.openshift.io/v1',
  kind: 'KataConfig',
  metadata: { name: 'example' },
};

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

type Call = { url: string; method: string; contentType: string | null; body: unknown };

const fakeFetch = (status: number, body: unknown) => {
  const calls: Call[] = [];
  global.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    calls.push({
      url,
      method: init.method ?? 'GET',
      contentType: headers.get('Content-Type'),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    });
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  }) as unknown as typeof fetch;
  return calls;
};

describe('k8s CRUD', () => {
  it('gets by name', async () => {
    const calls = fakeFetch(200, kc);
    await expect(k8sGet({ model: KataConfigModel, name: 'example' })).resolves.toEqual(kc);
    expect(calls[0]).toMatchObject({ url: `${BASE}/example`, method: 'GET' });
  });

  it('creates with a server-side dry run', async () => {
    const calls = fakeFetch(201, kc);
    await k8sCreate({ model: KataConfigModel, data: kc, queryParams: { dryRun: 'All' } });
    expect(calls[0]).toMatchObject({
      url: `${BASE}?dryRun=All`,
      method: 'POST',
      contentType: 'application/json',
      body: kc,
    });
  });

  it('updates by the object name', async () => {
    const calls = fakeFetch(200, kc);
    await k8sUpdate({ model: KataConfigModel, data: kc });
    expect(calls[0]).toMatchObject({ url: `${BASE}/example`, method: 'PUT', body: kc });
  });

  it('patches with a JSON patch', async () => {
    const calls = fakeFetch(200, kc);
    const patch = [{ op: 'replace', path: '/spec/logLevel', value: 'debug' }];
    await k8sPatch({ model: KataConfigModel, resource: kc, data: patch });
    expect(calls[0]).toMatchObject({
      url: `${BASE}/example`,
      method: 'PATCH',
      contentType: 'application/json-patch+json',
      body: patch,
    });
  });

  it('deletes the resource', async () => {
    const calls = fakeFetch(200, { kind: 'Status', status: 'Success' });
    await k8sDelete({ model: KataConfigModel, resource: kc });
    expect(calls[0]).toMatchObject({ url: `${BASE}/example`, method: 'DELETE' });
  });

  it('rejects with the HttpError shape of the console', async () => {
    const status = {
      kind: 'Status',
      status: 'Failure',
      code: 409,
      reason: 'Conflict',
      message: 'the object has been modified',
    };
    fakeFetch(409, status);
    const error: unknown = await k8sUpdate({ model: KataConfigModel, data: kc }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      message: 'the object has been modified',
      code: 409,
      json: status,
    });
    expect((error as HttpError).response.status).toBe(409);
  });
});
