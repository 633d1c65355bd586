import { screen } from '@testing-library/react';
import { ErrorBoundary } from './ErrorBoundary';
import { renderWithI18n } from './test-utils';

const Broken = (): never => {
  throw new Error('boom: spec.foo is not iterable');
};

describe('ErrorBoundary', () => {
  it('shows a translated message with the error instead of crashing the console', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithI18n(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByText('This page failed to render')).toBeInTheDocument();
    expect(screen.getByText('boom: spec.foo is not iterable')).toBeInTheDocument();
  });

  it('renders its children when nothing fails', () => {
    renderWithI18n(
      <ErrorBoundary>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
  });
});
