import { useState } from 'react';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';

type KataConfigActionsProps = {
  canEdit: boolean;
  canDelete: boolean;
  /** The KataConfig is being deleted: nothing more to do with it. */
  deleting: boolean;
  onEdit: () => void;
  onUninstall: () => void;
};

/**
 * The page's Actions menu, as the console's details pages have it in the heading (console-shared
 * ActionMenu with ActionMenuToggle, "Actions" dropdown): an action the user may not take is
 * disabled with the reason, as the console does for a failed access review.
 */
export const KataConfigActions = (props: KataConfigActionsProps) => {
  const { canEdit, canDelete, deleting, onEdit, onUninstall } = props;
  const { t } = usePluginTranslation();
  const [isOpen, setOpen] = useState(false);
  const reason = (allowed: boolean) => {
    if (deleting) return t('The KataConfig is being deleted.');
    return allowed ? undefined : t('You do not have permission to do this.');
  };
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setOpen}
      onSelect={() => {
        setOpen(false);
      }}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="secondary"
          isExpanded={isOpen}
          onClick={() => {
            setOpen((open) => !open);
          }}
          data-test="actions-menu"
        >
          {t('Actions')}
        </MenuToggle>
      )}
      shouldFocusToggleOnSelect
    >
      <DropdownList>
        <DropdownItem
          isAriaDisabled={!canEdit || deleting}
          description={reason(canEdit)}
          onClick={onEdit}
          data-test="action-edit"
        >
          {t('Edit KataConfig')}
        </DropdownItem>
        <DropdownItem
          isAriaDisabled={!canDelete || deleting}
          description={reason(canDelete)}
          onClick={onUninstall}
          data-test="action-uninstall"
        >
          {t('Uninstall')}
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
};
