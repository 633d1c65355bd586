import type { ReactNode } from 'react';
import { Icon, ListItem } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
} from '@patternfly/react-icons';

type Status = 'success' | 'warning' | 'danger';

const ICONS: Record<Status, ReactNode> = {
  success: <CheckCircleIcon />,
  warning: <ExclamationTriangleIcon />,
  danger: <ExclamationCircleIcon />,
};

/** A list item with a status icon (the text says the status too, not only the colour). */
export const StatusLine = ({
  status,
  children,
  'data-test': dataTest,
}: {
  status: Status;
  children: ReactNode;
  'data-test'?: string;
}) => (
  <ListItem
    icon={
      <Icon status={status} isInline>
        {ICONS[status]}
      </Icon>
    }
    data-test={dataTest}
  >
    {children}
  </ListItem>
);
