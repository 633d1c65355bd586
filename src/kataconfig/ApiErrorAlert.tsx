import { List, ListItem } from '@patternfly/react-core';
import type { ApiError } from '../shared/errors';
import { usePluginTranslation } from '../shared/i18n';
import { Alert } from '../shared/Alert';

type ApiErrorAlertProps = {
  /** What failed, e.g. "Could not save the KataConfig". */
  title: string;
  error: ApiError;
  'data-test'?: string;
};

/** An API error: what failed, the server's message, a hint per status, and 422 causes per field. */
export const ApiErrorAlert = ({ title, error, 'data-test': dataTest }: ApiErrorAlertProps) => {
  const { t } = usePluginTranslation();
  const hint = (() => {
    const code = error.code;
    if (code === undefined) {
      return t('The cluster could not be reached. Check your connection and try again.');
    }
    if (code === 403) return t('You do not have permission for this action.');
    if (code === 404) return t('The KataConfig no longer exists.');
    if (code === 409) return t('The KataConfig was changed by someone else.');
    if (code === 422) return t('The API server rejected the values below.');
    if (code >= 500) return t('The API server failed. Try again later.');
    return undefined;
  })();
  return (
    <Alert variant="danger" isInline title={title} data-test={dataTest ?? 'api-error'}>
      {hint ? <p>{hint}</p> : null}
      <p lang="en">{error.message}</p>
      {error.causes.length > 0 ? (
        <List>
          {error.causes.map((c, i) => (
            <ListItem key={`${c.field ?? ''}-${String(i)}`}>
              {c.field
                ? t('{{field}}: {{message}}', {
                    field: c.field,
                    message: c.message ?? c.reason ?? '',
                  })
                : (c.message ?? c.reason)}
            </ListItem>
          ))}
        </List>
      ) : null}
    </Alert>
  );
};
