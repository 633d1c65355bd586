import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormHelperText,
  Grid,
  GridItem,
  HelperText,
  HelperTextItem,
  Content,
  Skeleton,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { CalculatorNode, CalculatorResult, LimitingResource } from '../overhead/calculator';
import type { FieldCheck, FieldError } from '../overhead/form';
import { MAX_POD_COUNT } from '../overhead/form';
import { formatBytes, formatCores } from '../overhead/quantity';
import { usePluginTranslation } from '../shared/i18n';
import { useAlertVariantLabel } from './useAlertVariantLabel';

export type CalculatorFields = {
  memoryRequest: string;
  memoryLimit: string;
  cpuRequest: string;
  podCount: string;
};

export type CalculatorChecks = Record<keyof CalculatorFields, FieldCheck>;

const useFieldErrorText = () => {
  const { t } = usePluginTranslation();
  return (error: FieldError): string => {
    switch (error) {
      case 'required':
        return t('Enter a value.');
      case 'invalid':
        return t('Enter a Kubernetes quantity, for example 512Mi, 2Gi or 500m.');
      case 'negative':
        return t('The value cannot be negative.');
      case 'notWholeNumber':
        return t('Enter a whole number of 1 or more.');
      case 'tooLarge':
        return t('Enter at most {{max}}.', { max: MAX_POD_COUNT });
    }
  };
};

type FieldProps = {
  id: keyof CalculatorFields;
  label: string;
  hint: string;
  value: string;
  check: FieldCheck;
  extraError?: string;
  onChange: (id: keyof CalculatorFields, value: string) => void;
};

const Field = ({ id, label, hint, value, check, extraError, onChange }: FieldProps) => {
  const errorText = useFieldErrorText();
  const error = check.error ? errorText(check.error) : extraError;
  return (
    <FormGroup label={label} fieldId={`scc-calc-${id}`}>
      <TextInput
        id={`scc-calc-${id}`}
        value={value}
        onChange={(_e, v) => {
          onChange(id, v);
        }}
        validated={error ? 'error' : 'default'}
        aria-invalid={error ? true : undefined}
        aria-describedby={`scc-calc-${id}-helper`}
        data-test={`calc-${id}`}
      />
      <FormHelperText>
        <HelperText id={`scc-calc-${id}-helper`}>
          <HelperTextItem variant={error ? 'error' : 'default'}>{error ?? hint}</HelperTextItem>
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
};

const useLimitingText = () => {
  const { t } = usePluginTranslation();
  return (r: LimitingResource | undefined): string => {
    switch (r) {
      case 'memory':
        return t('Memory');
      case 'cpu':
        return t('CPU');
      case 'pods':
        return t('Pod limit');
      case undefined:
        return t('Unknown');
    }
  };
};

const NodeFitTable = ({ result }: { result: CalculatorResult }) => {
  const { t, i18n } = usePluginTranslation();
  const locale = i18n.language;
  const limiting = useLimitingText();
  const fmt = (v: number | undefined, f: (x: number, l: string) => string) =>
    v === undefined ? t('Unknown') : f(v, locale);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <Table aria-label={t('Pods that fit per node')} variant="compact" data-test="node-fit-table">
      <Thead>
        <Tr>
          <Th>{t('Node')}</Th>
          <Th>{t('Allocatable memory')}</Th>
          <Th>{t('Allocatable CPU')}</Th>
          <Th>{t('Pods that fit')}</Th>
          <Th>{t('Limited by')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {result.nodes.map((n) => (
          <Tr key={n.name} data-test={`node-fit-${n.name}`}>
            <Td dataLabel={t('Node')}>{n.name}</Td>
            <Td dataLabel={t('Allocatable memory')}>{fmt(n.allocatableMemory, formatBytes)}</Td>
            <Td dataLabel={t('Allocatable CPU')}>{fmt(n.allocatableCpu, formatCores)}</Td>
            <Td dataLabel={t('Pods that fit')}>
              {n.fit === undefined ? t('Unknown') : count(n.fit)}
            </Td>
            <Td dataLabel={t('Limited by')}>{limiting(n.limitedBy)}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

type OverheadCalculatorProps = {
  fields: CalculatorFields;
  checks: CalculatorChecks;
  onChange: (id: keyof CalculatorFields, value: string) => void;
  /** undefined while a field is invalid. */
  result: CalculatorResult | undefined;
  nodes: readonly CalculatorNode[];
  nodesLoaded: boolean;
  nodesError: string | undefined;
};

/** Form for a pod's requests and count; shows VM memory, scheduler charges and node fit. */
export const OverheadCalculator = ({
  fields,
  checks,
  onChange,
  result,
  nodes,
  nodesLoaded,
  nodesError,
}: OverheadCalculatorProps) => {
  const { t, i18n } = usePluginTranslation();
  const alertLabel = useAlertVariantLabel();
  const locale = i18n.language;
  const limitBelowRequest = result?.flags.limitBelowRequest ?? false;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

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
            <Field
              id="memoryRequest"
              label={t('Container memory request')}
              hint={t('For example 1Gi. Leave empty for no request.')}
              value={fields.memoryRequest}
              check={checks.memoryRequest}
              onChange={onChange}
            />
            <Field
              id="memoryLimit"
              label={t('Memory limit')}
              hint={t('For example 2Gi. Leave empty for no limit.')}
              value={fields.memoryLimit}
              check={checks.memoryLimit}
              extraError={
                limitBelowRequest
                  ? t('The memory limit cannot be less than the request.')
                  : undefined
              }
              onChange={onChange}
            />
            <Field
              id="cpuRequest"
              label={t('CPU request')}
              hint={t('For example 500m or 1. Leave empty for no request.')}
              value={fields.cpuRequest}
              check={checks.cpuRequest}
              onChange={onChange}
            />
            <Field
              id="podCount"
              label={t('Number of pods')}
              hint={t('How many such pods to run.')}
              value={fields.podCount}
              check={checks.podCount}
              onChange={onChange}
            />
          </Form>
        </GridItem>
        <GridItem md={7}>
          {result ? (
            <DescriptionList isCompact isHorizontal data-test="calculator-results">
              <DescriptionListGroup>
                <DescriptionListTerm>{t('VM memory')}</DescriptionListTerm>
                <DescriptionListDescription data-test="result-vm-memory">
                  {t('{{total}} (default {{vmDefault}} + {{hotplug}} hot-plugged)', {
                    total: formatBytes(result.vmMemory, locale),
                    vmDefault: formatBytes(result.vmMemory - result.hotPluggedMemory, locale),
                    hotplug: formatBytes(result.hotPluggedMemory, locale),
                  })}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Estimated host-side memory per pod')}</DescriptionListTerm>
                <DescriptionListDescription data-test="result-host-memory">
                  {t(
                    '{{hostProcesses}} for QEMU, virtiofsd and containerd-shim-kata-v2 outside the VM; {{estimate}} with the guest kernel',
                    {
                      hostProcesses: formatBytes(result.hostProcessesMemory, locale),
                      estimate: formatBytes(result.estimatedOverheadMemory, locale),
                    },
                  )}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>
                  {t('Memory charged by the scheduler per pod')}
                </DescriptionListTerm>
                <DescriptionListDescription data-test="result-charged-memory">
                  {t('{{total}} ({{request}} request + {{overhead}} pod overhead)', {
                    total: formatBytes(result.chargedMemoryPerPod, locale),
                    request: formatBytes(result.effectiveMemoryRequest, locale),
                    overhead: formatBytes(result.overheadMemory, locale),
                  })}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>
                  {t('CPU charged by the scheduler per pod')}
                </DescriptionListTerm>
                <DescriptionListDescription data-test="result-charged-cpu">
                  {t('{{total}} ({{request}} request + {{overhead}} pod overhead)', {
                    total: formatCores(result.chargedCpuPerPod, locale),
                    request: formatCores(result.cpuRequest, locale),
                    overhead: formatCores(result.overheadCpu, locale),
                  })}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Total for all pods')}</DescriptionListTerm>
                <DescriptionListDescription data-test="result-total">
                  {t('Memory {{memory}}, CPU {{cpu}}', {
                    memory: formatBytes(result.totalChargedMemory, locale),
                    cpu: formatCores(result.totalChargedCpu, locale),
                  })}
                </DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
          ) : (
            <Alert
              variant="info"
              variantLabel={alertLabel('info')}
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
          variantLabel={alertLabel('warning')}
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
      <NodesSection
        result={result}
        nodes={nodes}
        nodesLoaded={nodesLoaded}
        nodesError={nodesError}
        count={count}
      />
    </section>
  );
};

type NodesSectionProps = Pick<
  OverheadCalculatorProps,
  'result' | 'nodes' | 'nodesLoaded' | 'nodesError'
> & {
  count: (n: number) => string;
};

const NodesSection = ({ result, nodes, nodesLoaded, nodesError, count }: NodesSectionProps) => {
  const { t } = usePluginTranslation();
  const alertLabel = useAlertVariantLabel();
  if (nodesError !== undefined) {
    return (
      <Alert
        variant="warning"
        variantLabel={alertLabel('warning')}
        isInline
        title={t('Nodes could not be loaded')}
      >
        {nodesError}
      </Alert>
    );
  }
  if (!nodesLoaded) return <Skeleton screenreaderText={t('Loading nodes')} />;
  if (nodes.length === 0) {
    return (
      <Content component="p">
        {t('No schedulable node has Kata installed or matches the RuntimeClass node selector.')}
      </Content>
    );
  }
  if (!result) return null;
  return (
    <>
      <Content component="p">
        {t('On otherwise empty nodes, by allocatable memory, CPU and pod limit.')}
      </Content>
      <Content component="p" data-test="node-fit-total">
        {t('Pods of this shape that fit in total: {{total}}', {
          total: count(result.totalFit),
        })}
      </Content>
      <NodeFitTable result={result} />
    </>
  );
};
