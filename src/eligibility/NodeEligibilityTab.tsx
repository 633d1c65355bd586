import type { NodeKind } from '../models';
import { usePluginTranslation } from '../shared/i18n';

type NodeEligibilityTabProps = { obj?: NodeKind };

/** "Sandboxed containers" tab on the Node details page (console.tab/horizontalNav). */
const NodeEligibilityTab = ({ obj }: NodeEligibilityTabProps) => {
  const { t } = usePluginTranslation();
  return (
    <section data-test="node-eligibility-tab">
      <h2>{t('Sandboxed containers')}</h2>
      <p>{t('Node {{name}}', { name: obj?.metadata?.name ?? '' })}</p>
    </section>
  );
};

export default NodeEligibilityTab;
