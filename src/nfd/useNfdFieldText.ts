import { useCallback } from 'react';
import { usePluginTranslation } from '../shared/i18n';
import type { ImageReferenceError } from './imageRef';
import type { NfdStepError, NfdStepWarning } from './plan';

/** Sentences for the NFD step's ids: image errors, step errors and warnings. */
export const useNfdFieldText = () => {
  const { t } = usePluginTranslation();
  const imageError = useCallback(
    (e: ImageReferenceError): string => {
      switch (e) {
        case 'required':
          return t('Enter the operand image: this NFD Operator needs one (NFD 4.16 and earlier).');
        case 'whitespace':
          return t('An image reference has no spaces.');
        case 'uppercase':
          return t('Repository names are lowercase.');
        case 'invalid':
          return t(
            'Enter an image reference such as registry.example.com/repository:tag or registry.example.com/repository@sha256:digest.',
          );
        case 'name-too-long':
          return t('The image name must be no more than 255 characters.');
        case 'digest-invalid':
          return t(
            'A digest is sha256, sha384 or sha512, a colon and its lowercase hexadecimal value.',
          );
      }
    },
    [t],
  );
  const stepError = useCallback(
    (e: NfdStepError): string => {
      switch (e) {
        case 'pending':
          return t('Checking what this cluster’s NFD reads…');
        case 'no-rule-api':
          return t('This cluster’s NFD reads no NodeFeatureRule: use the legacy form.');
        case 'legacy-not-read':
          return t(
            'This operand (NFD 4.15 or later) ignores the legacy matchOn rule and would label no node. Use the NodeFeatureRule form, or an operand image of OpenShift 4.14 or earlier.',
          );
      }
    },
    [t],
  );
  const warning = useCallback(
    (w: NfdStepWarning): string => {
      switch (w) {
        case 'image-not-qualified':
          return t(
            'The image names no registry, so each node resolves it through its registry configuration. Prefer a full name such as registry.redhat.io/….',
          );
        case 'image-version-unknown':
          return t(
            'The image tag does not tell the NFD version: the legacy rule works only with operands of OpenShift 4.14 and earlier.',
          );
        case 'second-instance':
          return t(
            'A NodeFeatureDiscovery already runs in this namespace; a second one runs a second NFD beside it.',
          );
      }
    },
    [t],
  );
  return { imageError, stepError, warning };
};
