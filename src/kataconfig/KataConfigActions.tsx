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
  const items = [
    { test: 'action-edit', label: t('Edit KataConfig'), allowed: canEdit, onClick: onEdit },
    { test: 'action-uninstall', label: t('Uninstall'), allowed: canDelete, onClick: onUninstall },
  ];
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
        {items.map((item) => (
          <DropdownItem
            key={item.test}
            isAriaDisabled={!item.allowed || deleting}
            description={reason(item.allowed)}
            onClick={item.onClick}
            data-test={item.test}
          >
            {item.label}
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
};
