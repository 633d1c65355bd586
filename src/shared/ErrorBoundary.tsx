import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { usePluginTranslation } from './i18n';
import { Alert } from './Alert';

const CrashMessage = ({ error }: { error: Error }) => {
  const { t } = usePluginTranslation();
  return (
    <Alert variant="danger" isInline title={t('This page failed to render')} data-test="page-crash">
      <p>{t('Reload the page to try again. If the problem persists, report this error:')}</p>
      <pre>{error.message}</pre>
    </Alert>
  );
};

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Keeps one page's crash from taking the console down, and says what happened. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // The console collects console.error output; keep the component stack with the error.
    // eslint-disable-next-line no-console
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashMessage error={this.state.error} /> : this.props.children;
  }
}
