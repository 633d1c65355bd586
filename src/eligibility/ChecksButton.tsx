import { Button } from '@patternfly/react-core';
import { usePluginTranslation } from '../shared/i18n';
import { NO_WRAP } from './useTableWindow';

type ChecksButtonProps = {
  name: string;
  expanded: boolean;
  onSelect: (name: string, trigger: HTMLElement) => void;
};

/** A row's "Checks" link button (the mouse's way in; the keyboard's is the row itself). */
export const ChecksButton = ({ name, expanded, onSelect }: ChecksButtonProps) => {
  const { t } = usePluginTranslation();
  return (
    <Button
      variant="link"
      size="sm"
      // Inline link buttons wrap by default (per character in Japanese).
      style={NO_WRAP}
      aria-label={t('Show checks for {{name}}', { name })}
      aria-expanded={expanded}
      onClick={(e) => {
        // The row would toggle it back. Focus comes back to the row (the button is not rendered
        // while the panel is open).
        e.stopPropagation();
        onSelect(name, e.currentTarget.closest('tr') ?? e.currentTarget);
      }}
    >
      {t('Checks')}
    </Button>
  );
};
