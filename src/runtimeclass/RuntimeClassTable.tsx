import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { RuntimeClassKind } from '../models';
import { KataConfigGVK, RuntimeClassGVK } from '../models';
import { formatBytes, formatCores, parseQuantity } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';

/** A podFixed value formatted in the active language; the raw text when it does not parse. */
const FormattedQuantity = ({
  raw,
  kind,
  locale,
}: {
  raw: string | undefined;
  kind: 'memory' | 'cpu';
  locale: string;
}) => {
  const { t } = usePluginTranslation();
  if (raw === undefined) return <span>{t('None')}</span>;
  const value = parseQuantity(raw);
  if (value === undefined) return <span>{raw}</span>;
  return <span>{kind === 'memory' ? formatBytes(value, locale) : formatCores(value, locale)}</span>;
};

const NodeSelectorLabels = ({ selector }: { selector: Record<string, string> | undefined }) => {
  const { t } = usePluginTranslation();
  const entries = Object.entries(selector ?? {});
  if (entries.length === 0) return <span>{t('None')}</span>;
  return (
    <LabelGroup
      numLabels={3}
      aria-label={t('Scheduling node selector')}
      collapsedText={t('${remaining} more')}
      expandedText={t('Show less')}
    >
      {entries.map(([k, v]) => (
        <Label key={k} isCompact>
          {v === '' ? k : `${k}=${v}`}
        </Label>
      ))}
    </LabelGroup>
  );
};

const Owner = ({ runtimeClass }: { runtimeClass: RuntimeClassKind }) => {
  const { t } = usePluginTranslation();
  const owner = runtimeClass.metadata?.ownerReferences?.find((o) => o.kind === 'KataConfig');
  if (!owner) return <span>{t('None')}</span>;
  return <ResourceLink groupVersionKind={KataConfigGVK} name={owner.name} />;
};

type RuntimeClassTableProps = { runtimeClasses: RuntimeClassKind[] };

/** Every RuntimeClass of the cluster with its handler, pod overhead, scheduling and owner. */
export const RuntimeClassTable = ({ runtimeClasses }: RuntimeClassTableProps) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  return (
    <Table aria-label={t('RuntimeClasses')} variant="compact" data-test="runtimeclass-table">
      <Thead>
        <Tr>
          <Th>{t('Name')}</Th>
          <Th modifier="wrap">{t('Handler')}</Th>
          <Th modifier="wrap">{t('Pod overhead memory')}</Th>
          <Th modifier="wrap">{t('Pod overhead CPU')}</Th>
          <Th modifier="wrap">{t('Scheduling node selector')}</Th>
          <Th>{t('Owner')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {runtimeClasses.map((rc) => {
          const name = rc.metadata?.name ?? '';
          return (
            <Tr key={name} data-test={`runtimeclass-row-${name}`}>
              <Td dataLabel={t('Name')}>
                <ResourceLink groupVersionKind={RuntimeClassGVK} name={name} />
              </Td>
              <Td dataLabel={t('Handler')}>{rc.handler}</Td>
              <Td dataLabel={t('Pod overhead memory')}>
                <FormattedQuantity
                  raw={rc.overhead?.podFixed?.memory}
                  kind="memory"
                  locale={locale}
                />
              </Td>
              <Td dataLabel={t('Pod overhead CPU')}>
                <FormattedQuantity raw={rc.overhead?.podFixed?.cpu} kind="cpu" locale={locale} />
              </Td>
              <Td dataLabel={t('Scheduling node selector')}>
                <NodeSelectorLabels selector={rc.scheduling?.nodeSelector} />
              </Td>
              <Td dataLabel={t('Owner')}>
                <Owner runtimeClass={rc} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
