import {
  k8sCreate,
  k8sPatch,
  useAccessReview,
  useK8sWatchResources,
} from '@openshift-console/dynamic-plugin-sdk';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PodKind, WorkloadKind } from '../models/workloads';
import { DeploymentModel } from '../models/workloads';
import { renderWithI18n } from '../shared/test-utils';
import { KATA_OC, deployment, kataRC, node } from '../workloads/fixtures';
import { RunInKataModal } from './RunInKataModal';

const nodes = [node('kata-0', KATA_OC, { memory: '8Gi', cpu: '4', pods: '110' }), node('plain-0')];
const web = deployment('web', { replicas: 3, requests: { memory: '1Gi', cpu: '500m' } });

beforeEach(() => {
  jest.mocked(useAccessReview).mockReturnValue([true, false]);
  jest.mocked(useK8sWatchResources).mockReturnValue({
    nodes: { data: nodes, loaded: true, loadError: undefined },
    runtimeClasses: { data: [kataRC], loaded: true, loadError: undefined },
    pods: { data: [], loaded: true, loadError: undefined },
  });
  jest.mocked(k8sPatch).mockReset().mockResolvedValue({});
  const admitted: PodKind = { spec: { overhead: { memory: '350Mi', cpu: '250m' } } };
  jest.mocked(k8sCreate).mockReset().mockResolvedValue(admitted);
});

const open = (workload: WorkloadKind = web, mode: 'set' | 'remove' = 'set') => {
  const close = jest.fn();
  renderWithI18n(
    <RunInKataModal workload={workload} model={DeploymentModel} mode={mode} closeOverlay={close} />,
  );
  return close;
};

describe('RunInKataModal', () => {
  it('shows the impact before anything is changed', async () => {
    open();
    expect(screen.getByTestId('impact-replicas')).toHaveTextContent('3');
    expect(screen.getByTestId('impact-overhead-total')).toHaveTextContent(
      '3 × overhead = 1.03 GiB of memory and 750m CPU more charged by the scheduler',
    );
    expect(screen.getByTestId('impact-vm')).toHaveTextContent('3 GiB');
    expect(screen.getByTestId('fit')).toHaveTextContent('5');
    // No memory limit on the container: the memory model's warning.
    expect(screen.getByText('No memory limit: web')).toBeInTheDocument();
    expect(screen.getByTestId('rollout-note')).toHaveTextContent(
      'The pods restart: the Deployment replaces them by rolling update.',
    );
    await screen.findByText('The server dry run passed');
  });

  it('dry-runs the patch and a pod from the template, then saves once, and undo removes the field', async () => {
    const close = open();
    await screen.findByText('The server dry run passed');
    expect(k8sPatch).toHaveBeenCalledWith(
      expect.objectContaining({
        model: DeploymentModel,
        queryParams: { dryRun: 'All' },
        data: [{ op: 'add', path: '/spec/template/spec/runtimeClassName', value: 'kata' }],
      }),
    );
    expect(k8sCreate).toHaveBeenCalledWith(
      expect.objectContaining({ queryParams: { dryRun: 'All' } }),
    );
    expect(screen.getByTestId('flow-status')).toHaveTextContent(
      'A new pod would be charged 350 MiB of memory and 250m CPU of overhead.',
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.dblClick(save);
    await waitFor(() => {
      expect(screen.getByTestId('flow-status')).toHaveAttribute('data-step', 'saved');
    });
    const writes = jest.mocked(k8sPatch).mock.calls.filter((c) => !c[0].queryParams);
    expect(writes).toHaveLength(1);
    // The second click of the double click lands on Close, never on Undo.
    expect(close).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => {
      expect(screen.getByTestId('flow-status')).toHaveAttribute('data-step', 'undone');
    });
    expect(jest.mocked(k8sPatch).mock.calls.at(-1)?.[0].data).toEqual([
      { op: 'test', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
      { op: 'remove', path: '/spec/template/spec/runtimeClassName' },
    ]);
  });

  it('keeps Save disabled when the dry run fails, with the API message', async () => {
    jest.mocked(k8sCreate).mockRejectedValue({
      code: 403,
      json: {
        code: 403,
        reason: 'Forbidden',
        message: 'pod rejected: RuntimeClass "kata" not found',
      },
    });
    open();
    await screen.findByText('The dry run failed: the API server would refuse the new pods');
    expect(screen.getByText('pod rejected: RuntimeClass "kata" not found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('keeps the dialog open with the reason when saving fails, and lets the user retry', async () => {
    open();
    await screen.findByText('The server dry run passed');
    jest.mocked(k8sPatch).mockRejectedValueOnce({
      code: 409,
      json: { code: 409, reason: 'Conflict', message: 'the object has been modified' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('The change could not be saved');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByTestId('flow-status')).toHaveAttribute('data-step', 'saved');
    });
  });

  it('removes the class of a workload already in Kata', async () => {
    open(deployment('web', { replicas: 2, runtimeClassName: 'kata' }), 'remove');
    await screen.findByText('The server dry run passed');
    expect(screen.getByRole('heading', { name: 'Stop running web in Kata' })).toBeInTheDocument();
    expect(k8sCreate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(jest.mocked(k8sPatch).mock.calls.at(-1)?.[0].data).toEqual([
        { op: 'test', path: '/spec/template/spec/runtimeClassName', value: 'kata' },
        { op: 'remove', path: '/spec/template/spec/runtimeClassName' },
      ]);
    });
  });

  it('gives a Job the YAML of a copy instead of a save (its template is immutable)', () => {
    open(deployment('report', { kind: 'Job' }));
    expect(screen.getByTestId('rollout-note')).toHaveTextContent(
      'A Job cannot change its pod template once created.',
    );
    expect(screen.getByTestId('job-copy')).toHaveTextContent('name: report-kata');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('says Kata is not installed when there is no Kata RuntimeClass', () => {
    jest.mocked(useK8sWatchResources).mockReturnValue({
      nodes: { data: nodes, loaded: true, loadError: undefined },
      runtimeClasses: { data: [], loaded: true, loadError: undefined },
      pods: { data: [], loaded: true, loadError: undefined },
    });
    open();
    expect(screen.getByTestId('not-installed')).toBeInTheDocument();
    expect(k8sPatch).not.toHaveBeenCalled();
  });
});
