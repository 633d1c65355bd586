import type { ReactNode } from 'react';
import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { usePluginTranslation } from './i18n';

type ConfirmDialogProps = {
  /** Prefix of the title's id (aria-labelledby). */
  id: string;
  title: string;
  variant: 'danger' | 'warning';
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isConfirmDisabled?: boolean;
  isLoading?: boolean;
  'data-test'?: string;
  confirmDataTest?: string;
  children: ReactNode;
};

/**
 * A small dialog that asks before something that cannot be taken back (uninstall, a save that
 * reboots nodes): the danger button first, then Cancel, as the console's confirmation modals.
 */
export const ConfirmDialog = (props: ConfirmDialogProps) => {
  const { id, title, variant, confirmLabel, onConfirm, onClose, children } = props;
  const { t, i18n } = usePluginTranslation();
  return (
    <Modal
      variant="small"
      isOpen
      // No onClose: PatternFly's close (x) button has a fixed English label. Escape and Cancel
      // close the dialog instead.
      onEscapePress={onClose}
      aria-labelledby={`${id}-title`}
      data-test={props['data-test']}
      // A portal outside the page: the dialog names its own language (the console's <html> is en).
      lang={i18n.resolvedLanguage ?? i18n.language}
    >
      <ModalHeader
        title={title}
        titleIconVariant={variant}
        titleScreenReaderText={variant === 'danger' ? t('Danger alert:') : t('Warning alert:')}
        labelId={`${id}-title`}
      />
      <ModalBody>{children}</ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          isDisabled={props.isConfirmDisabled}
          isLoading={props.isLoading}
          onClick={onConfirm}
          data-test={props.confirmDataTest}
        >
          {confirmLabel}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
