import { Button } from '@patternfly/react-core';
import { Alert } from '../../shared/Alert';
import { usePluginTranslation } from '../../shared/i18n';

/** A node the admin ticked that the checks advise against labelling (confirmationOf). */
export type Confirming = { name: string; kind: 'not-eligible' | 'holds-rollout' };

/** Asks before labelling a Not eligible node, or a cordoned one that would hold the rollout. */
export const LabelConfirmation = ({
  confirming,
  onConfirm,
  onCancel,
}: {
  confirming: Confirming;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const { t } = usePluginTranslation();
  const notEligible = confirming.kind === 'not-eligible';
  return (
    <Alert
      variant={notEligible ? 'danger' : 'warning'}
      isInline
      title={
        notEligible
          ? t('{{name}} is not eligible for Kata', { name: confirming.name })
          : t('{{name}} is cordoned', { name: confirming.name })
      }
      data-test={notEligible ? 'confirm-not-eligible' : 'confirm-cordoned'}
      actionLinks={
        <>
          <Button variant="link" isInline onClick={onConfirm} data-test="confirm-label">
            {t('Label it anyway')}
          </Button>
          <Button variant="link" isInline onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </>
      }
    >
      {notEligible
        ? t(
            'The eligibility checks say this node cannot run Kata: the label vouches that it can. The Operator then installs Kata there and the node reboots, but Kata pods fail on it.',
          )
        : t(
            'The node is eligible, but unschedulable. Once labelled it is in the Kata pool, and the pool counts it as unavailable: no node of the pool updates until it is schedulable again (oc adm uncordon {{name}}).',
            { name: confirming.name },
          )}
    </Alert>
  );
};
