import type { ReactNode } from 'react';
import { usePluginTranslation } from '../shared/i18n';
import { useValidationMessage } from '../shared/useValidationMessage';
import type { Blocked, EditorState, YamlError } from './editor';
import { currentDraft } from './editor';
import { formErrorYamlPath, toFormState } from './form';

/** The editor's messages: why the YAML cannot be used, and why a save was refused. */
export const useEditorMessages = () => {
  const { t } = usePluginTranslation();
  const validationMessage = useValidationMessage();

  const yamlErrorMessage = (e: YamlError): ReactNode => {
    switch (e.code) {
      case 'yaml-syntax':
        // The position in words; the parser's own sentence is English and says so.
        return (
          <>
            {e.line !== undefined && e.column !== undefined
              ? t('The YAML is not valid at line {{line}}, column {{column}}:', {
                  line: e.line,
                  column: e.column,
                })
              : t('The YAML is not valid:')}{' '}
            <span lang="en">{e.message ?? ''}</span>
          </>
        );
      case 'yaml-not-object':
        return t('The YAML must describe one object.');
      case 'yaml-wrong-kind':
        return t('The YAML must describe a KataConfig (kataconfiguration.openshift.io/v1).');
      case 'yaml-invalid-field':
        return t('The field {{path}} has the wrong type.', { path: e.path ?? '' });
    }
  };

  /** One sentence per problem, form errors named by where they sit in the YAML. */
  const blockedMessages = (b: Blocked, draft: EditorState): ReactNode[] => {
    if ('yamlError' in b) return [yamlErrorMessage(b.yamlError)];
    if ('nameChanged' in b) {
      return [
        t('The name cannot be changed (from {{from}} to {{to}}).', {
          from: b.nameChanged.from,
          to: b.nameChanged.to,
        }),
      ];
    }
    const parsed = currentDraft(draft).obj;
    const state = parsed ? toFormState(parsed) : draft.form;
    return Object.entries(b.formErrors).flatMap(([field, e]) =>
      e
        ? [
            t('{{field}}: {{message}}', {
              field: formErrorYamlPath(field, state),
              message: validationMessage(e),
            }),
          ]
        : [],
    );
  };

  return { yamlErrorMessage, blockedMessages };
};
