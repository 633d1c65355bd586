import { Content, Form, Grid, GridItem, Title } from '@patternfly/react-core';
import type { CalculatorNode, CalculatorView } from '../overhead/calculator';
import type { CalculatorFields } from '../overhead/form';
import { Alert } from '../shared/Alert';
import { TextFormGroup } from '../shared/fields';
import { usePluginTranslation } from '../shared/i18n';
import { CalculatorResults } from './CalculatorResults';
import { NodeFitSection } from './NodeFitSection';
import { useQuantityErrorText } from './useQuantityErrorText';

type OverheadCalculatorProps = {
  fields: CalculatorFields;
  view: CalculatorView;
  onChange: (id: keyof CalculatorFields, value: string) => void;
  nodes: readonly CalculatorNode[];
  nodesLoaded: boolean;
  nodesError: string | undefined;
};

/** Form for a pod's requests and count; shows VM memory, scheduler charges and node fit. */
export const OverheadCalculator = ({
  fields,
  view,
  onChange,
  nodes,
  nodesLoaded,
  nodesError,
}: OverheadCalculatorProps) => {
  const { t } = usePluginTranslation();
  const errorText = useQuantityErrorText();
  const { checks, result } = view;
  const field = (id: keyof CalculatorFields, label: string, hint: string) => (
    <TextFormGroup
      id={`scc-calc-${id}`}
      label={label}
      hint={hint}
      value={fields[id]}
      error={errorText(checks[id])}
      onChange={(value) => {
        onChange(id, value);
      }}
      data-test={`calc-${id}`}
    />
  );

  return (
    <section data-test="overhead-calculator" aria-labelledby="scc-calculator-title">
      <Title headingLevel="h3" id="scc-calculator-title">
        {t('Calculator')}
      </Title>
      <Grid hasGutter>
        <GridItem md={5}>
          <Form
            onSubmit={(e) => {
              e.preventDefault();
            }}
          >
            {field(
              'memoryRequest',
              t('Container memory request'),
              t('For example 1Gi. Leave empty for no request.'),
            )}
            {field(
              'memoryLimit',
              t('Memory limit'),
              t('For example 2Gi. Leave empty for no limit.'),
            )}
            {field(
              'cpuRequest',
              t('CPU request'),
              t('For example 500m or 1. Leave empty for no request.'),
            )}
            {field('podCount', t('Number of pods'), t('How many such pods to run.'))}
          </Form>
        </GridItem>
        <GridItem md={7}>
          {result ? (
            <CalculatorResults result={result} />
          ) : (
            <Alert
              variant="info"
              isInline
              isPlain
              title={t('Correct the highlighted fields to see the results.')}
            />
          )}
        </GridItem>
      </Grid>
      {result?.flags.noLimit ? (
        <Alert
          variant="warning"
          isInline
          title={t('No memory limit is set')}
          data-test="no-limit-warning"
        >
          {t(
            'Without a memory limit, the kernel running in the VM can run out of memory. When it does, other processes in the VM may be terminated.',
          )}
        </Alert>
      ) : null}
      {result && !result.flags.noLimit ? (
        <Content component="p">
          {t(
            'With a memory limit, the workload is terminated when it uses more memory than the limit.',
          )}
        </Content>
      ) : null}
      {result?.effectiveMemoryRequest === 0 ? (
        <Content component="p">
          {t(
            'A container without a memory request uses free memory until the total memory used by the VM reaches the default allocation. The guest and its I/O buffers also use memory.',
          )}
        </Content>
      ) : null}
      <Title headingLevel="h4">{t('Pods that fit per node')}</Title>
      <NodeFitSection
        result={result}
        nodes={nodes}
        nodesLoaded={nodesLoaded}
        nodesError={nodesError}
      />
    </section>
  );
};
