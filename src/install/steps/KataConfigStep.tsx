import { Form } from '@patternfly/react-core';
import { KataConfigSpecFields } from '../../kataconfig/KataConfigSpecFields';
import { validateForm } from '../../kataconfig/form';
import type { KataConfigFormState } from '../../kataconfig/form';
import type { NodeKind } from '../../models';

type KataConfigStepProps = {
  value: KataConfigFormState;
  onChange: (next: KataConfigFormState) => void;
  nodes: readonly NodeKind[];
};

/** Step 4: the KataConfig's name and spec, with the same form section as the KataConfig page. */
export const KataConfigStep = ({ value, onChange, nodes }: KataConfigStepProps) => (
  <Form
    onSubmit={(e) => {
      e.preventDefault();
    }}
  >
    <KataConfigSpecFields
      value={value}
      onChange={onChange}
      errors={validateForm(value)}
      nodes={[...nodes]}
      idPrefix="scc-install-kataconfig"
    />
  </Form>
);
