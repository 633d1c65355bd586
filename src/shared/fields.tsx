import {
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';

/** The id of a field's helper text (its error, or its hint). */
const helperId = (id: string) => `${id}-helper`;

/** A field's error (marked as one) or else its hint. */
const FieldHelper = ({ id, error, hint }: { id?: string; error?: string; hint?: string }) =>
  error === undefined && hint === undefined ? null : (
    <FormHelperText>
      <HelperText id={id}>
        <HelperTextItem variant={error === undefined ? 'default' : 'error'}>
          {error ?? hint}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );

type TextFieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** A translated error: the field is marked invalid and says why. */
  error?: string;
  /** Shown under the field while there is no error. */
  hint?: string;
  'aria-label'?: string;
  placeholder?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  readOnly?: boolean;
  'data-test'?: string;
};

/** A PatternFly TextInput with its error or hint below it, tied to it for screen readers. */
export const TextField = ({
  id,
  onChange,
  error,
  hint,
  readOnly,
  'data-test': dataTest,
  ...input
}: TextFieldProps) => {
  const helper = error ?? hint;
  return (
    <>
      <TextInput
        id={id}
        {...input}
        readOnlyVariant={readOnly ? 'default' : undefined}
        validated={error ? 'error' : 'default'}
        aria-invalid={error ? true : undefined}
        aria-describedby={helper === undefined ? undefined : helperId(id)}
        onChange={(_e, value) => {
          onChange(value);
        }}
        data-test={dataTest}
      />
      <FieldHelper id={helperId(id)} error={error} hint={hint} />
    </>
  );
};

/** A labelled TextField in its FormGroup (a form's usual one-line field). */
export const TextFormGroup = ({ label, ...field }: TextFieldProps & { label: string }) => (
  <FormGroup label={label} isRequired={field.isRequired} fieldId={field.id}>
    <TextField {...field} />
  </FormGroup>
);

type SelectFieldProps = {
  id?: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** A value the list lacks (e.g. set through YAML) is shown, disabled, rather than lost. */
  keepUnknown?: boolean;
  error?: string;
  hint?: string;
  'aria-label'?: string;
  'data-test'?: string;
};

/** A PatternFly FormSelect of plain values, with its error or hint below it. */
export const SelectField = ({
  id,
  value,
  options,
  onChange,
  keepUnknown = false,
  error,
  hint,
  'aria-label': ariaLabel,
  'data-test': dataTest,
}: SelectFieldProps) => {
  const helper = error ?? hint;
  const describedBy = id === undefined || helper === undefined ? undefined : helperId(id);
  return (
    <>
      <FormSelect
        id={id}
        value={value}
        aria-label={ariaLabel}
        validated={error ? 'error' : 'default'}
        aria-describedby={describedBy}
        onChange={(_e, v) => {
          onChange(v);
        }}
        data-test={dataTest}
      >
        {options.map((option) => (
          <FormSelectOption key={option} value={option} label={option} />
        ))}
        {keepUnknown && !options.includes(value) ? (
          <FormSelectOption value={value} label={value} isDisabled />
        ) : null}
      </FormSelect>
      <FieldHelper id={describedBy} error={error} hint={hint} />
    </>
  );
};
