import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PluginPage } from './PluginPage';
import { renderWithI18n } from './test-utils';

const Page = ({ title }: { title: string }) => (
  <PluginPage title={title}>
    <p>{title} body</p>
  </PluginPage>
);

const renderAt = (route: string, lng: 'en' | 'ja' = 'en') =>
  renderWithI18n(
    <Routes>
      <Route path="/sandboxed-containers/nodes" element={<Page title="Nodes page" />} />
      <Route path="/sandboxed-containers/install" element={<Page title="Install page" />} />
    </Routes>,
    { route, lng },
  );

describe('PluginPage', () => {
  it('marks the current page tab and links the others', () => {
    renderAt('/sandboxed-containers/nodes');
    expect(screen.getByRole('tab', { name: 'Node eligibility' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Install' })).toHaveAttribute(
      'href',
      '/sandboxed-containers/install',
    );
  });

  it('only the current tab controls a panel, and that panel exists', () => {
    renderAt('/sandboxed-containers/nodes');
    const current = screen.getByRole('tab', { name: 'Node eligibility' });
    const body = screen.getByText('Nodes page body');
    const panelId = current.getAttribute('aria-controls') ?? 'none';
    // The relation under test is between DOM ids, which Testing Library's queries do not expose.
    // eslint-disable-next-line testing-library/no-node-access
    expect(body.closest(`#${panelId}`)).not.toBeNull();
    expect(screen.getByRole('tab', { name: 'Install' })).not.toHaveAttribute('aria-controls');
  });

  it('navigates inside the console when a tab is clicked', async () => {
    renderAt('/sandboxed-containers/nodes');
    await userEvent.click(screen.getByRole('tab', { name: 'Install' }));
    expect(screen.getByText('Install page body')).toBeInTheDocument();
  });

  it('speaks Japanese', () => {
    renderAt('/sandboxed-containers/nodes', 'ja');
    expect(screen.getByRole('tab', { name: 'ノードの適格性' })).toBeInTheDocument();
  });
});
