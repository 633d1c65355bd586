import { Content, List, ListItem } from '@patternfly/react-core';
import { Alert } from '../shared/Alert';
import { usePluginTranslation } from '../shared/i18n';
import type { IneffectiveReason, KataRuleCarrier } from './carriers';
import type { NfdSupport } from './support';

const useCarrierText = () => {
  const { t } = usePluginTranslation();
  const name = (c: KataRuleCarrier) =>
    c.kind === 'rule'
      ? t('NodeFeatureRule {{name}} ({{api}}) in {{namespace}}', {
          name: c.name,
          api: c.api ?? '',
          namespace: c.namespace,
        })
      : t('NodeFeatureDiscovery {{name}} in {{namespace}} (legacy configData)', {
          name: c.name,
          namespace: c.namespace,
        });
  const why = (reason: IneffectiveReason) => {
    switch (reason) {
      case 'legacy-not-read':
        return t(
          'its NFD no longer reads the legacy matchOn rules (NFD 4.15 and later), so it labels no node',
        );
      case 'api-not-read':
        return t(
          'the NFD that runs reads NodeFeatureRules of the other API group, so it labels no node',
        );
      case 'no-nfd-instance':
        return t('no NodeFeatureDiscovery runs NFD, so nothing applies it');
      case 'outside-operator-namespace':
        return t('the NFD Operator only runs NodeFeatureDiscoveries in its own namespace');
    }
  };
  return { name, why };
};

/** What the cluster's NFD reads, and what already carries the kata rule (and whether it works). */
export const NfdSupportInfo = ({
  support,
  carriers,
}: {
  support: NfdSupport;
  carriers: readonly KataRuleCarrier[];
}) => {
  const { t } = usePluginTranslation();
  const { name, why } = useCarrierText();
  const v = support.operator?.version;
  const version = v ? `${String(v.major)}.${String(v.minor)}` : undefined;
  const ineffective = carriers.filter((c) => c.effective === false);
  let reads: string;
  if (support.ruleApi) {
    reads = version
      ? t('The NFD Operator {{version}} reads the kata rule as a NodeFeatureRule ({{api}}).', {
          version,
          api: support.ruleApi,
        })
      : t('This cluster’s NFD reads the kata rule as a NodeFeatureRule ({{api}}).', {
          api: support.ruleApi,
        });
  } else {
    reads = t('This cluster’s NFD reads no NodeFeatureRule: only the legacy configData form.');
  }
  return (
    <>
      <Content component="p" data-test="nfd-support">
        {reads}{' '}
        {support.legacyRules === false
          ? t('It ignores the legacy matchOn rules of configData (OpenShift 4.14 and earlier).')
          : null}
      </Content>
      {ineffective.length > 0 ? (
        <Alert
          variant="warning"
          isInline
          title={t('An existing kata rule labels no node')}
          data-test="nfd-ineffective"
        >
          <List>
            {ineffective.map((c) => (
              <ListItem key={`${c.kind}/${c.namespace}/${c.name}`}>
                {name(c)}: {c.reason ? why(c.reason) : null}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
    </>
  );
};

export { useCarrierText };
