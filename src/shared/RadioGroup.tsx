import type { ReactNode } from 'react';
import { FormGroup, Radio } from '@patternfly/react-core';

type RadioOption<T extends string> = {
  value: T;
  label: string;
  description?: ReactNode;
  isDisabled?: boolean;
};

type RadioGroupProps<T extends string> = {
  /** Prefix of the ids and the radios' name. */
  id: string;
  label: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** data-test of each radio: `${testPrefix}-${value}`. */
  testPrefix: string;
};

/** One choice among options, each with its explanation: a PatternFly radio group. */
export const RadioGroup = <T extends string>({
  id,
  label,
  options,
  value,
  onChange,
  testPrefix,
}: RadioGroupProps<T>) => (
  <FormGroup role="radiogroup" isStack fieldId={id} label={label}>
    {options.map((option) => (
      <Radio
        key={option.value}
        id={`${id}-${option.value}`}
        name={id}
        label={option.label}
        description={option.description}
        isChecked={value === option.value}
        isDisabled={option.isDisabled}
        onChange={() => {
          onChange(option.value);
        }}
        data-test={`${testPrefix}-${option.value}`}
      />
    ))}
  </FormGroup>
);
