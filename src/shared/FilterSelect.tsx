import { useState } from 'react';
import { MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';

type FilterSelectProps<V extends string> = {
  /** The accessible name of the toggle (what it filters by). */
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  'data-test'?: string;
};

/**
 * A toolbar filter as the console's lists have them: a PatternFly Select opened by a MenuToggle
 * that shows the current choice (ListPageFilter's row filters are built the same way).
 */
export const FilterSelect = <V extends string>({
  label,
  value,
  options,
  onChange,
  'data-test': dataTest,
}: FilterSelectProps<V>) => {
  const [isOpen, setOpen] = useState(false);
  const current = options.find((o) => o.value === value)?.label ?? value;
  return (
    <Select
      isOpen={isOpen}
      selected={value}
      onSelect={(_e, selection) => {
        const option = options.find((o) => o.value === selection);
        if (option) onChange(option.value);
        setOpen(false);
      }}
      onOpenChange={setOpen}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          aria-label={label}
          isExpanded={isOpen}
          onClick={() => {
            setOpen((open) => !open);
          }}
          data-test={dataTest}
        >
          {current}
        </MenuToggle>
      )}
      shouldFocusToggleOnSelect
    >
      <SelectList aria-label={label}>
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
};
