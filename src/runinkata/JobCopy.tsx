import { ClipboardCopy, Stack, StackItem } from '@patternfly/react-core';
import yaml from 'js-yaml';
import type { WorkloadKind } from '../models/workloads';
import { usePluginTranslation } from '../shared/i18n';
import { jobCopy } from './patch';

/** A Job's template is immutable: the way into Kata is a new Job, given here as YAML. */
export const JobCopy = ({
  workload,
  runtimeClass,
}: {
  workload: WorkloadKind;
  runtimeClass: string;
}) => {
  const { t } = usePluginTranslation();
  const text = yaml.dump(jobCopy(workload, runtimeClass), { noRefs: true, lineWidth: -1 });
  return (
    <Stack hasGutter data-test="job-copy">
      <StackItem>
        {t('Create a new Job from this YAML, which is this Job with runtimeClassName set:')}
      </StackItem>
      <StackItem>
        <ClipboardCopy
          isCode
          isReadOnly
          variant="expansion"
          isExpanded
          hoverTip={t('Copy')}
          clickTip={t('Copied')}
        >
          {text}
        </ClipboardCopy>
      </StackItem>
    </Stack>
  );
};
