import { StackItem } from '@patternfly/react-core';
import { Alert } from './Alert';

/**
 * "Loading more …: N so far" while a list arrives page by page (useListMayGrow): the counts on the
 * page may still grow.
 */
export const MoreLoading = ({
  title,
  'data-test': dataTest,
}: {
  title: string;
  'data-test': string;
}) => (
  <StackItem>
    <Alert variant="info" isInline isPlain title={title} data-test={dataTest} />
  </StackItem>
);
