import { Alert, PageSection } from '@patternfly/react-core';

/** Shown instead of the app when the plugin cannot be loaded or its modules cannot resolve. */
export const StartupError = ({ messages }: { messages: string[] }) => (
  <PageSection>
    <Alert
      variant="danger"
      title="Console host: the plugin could not be started"
      data-test="startup-error"
    >
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </Alert>
  </PageSection>
);
