import { Chip, Group, Stack, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';

/** A reason, with one-tap common reasons a nurse can pick and then edit. */
export function ReasonInput({
  label,
  value,
  onChange,
  suggestions,
  required = true,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly suggestions: readonly string[];
  readonly required?: boolean;
}): ReactNode {
  return (
    <Stack gap={6}>
      <Group gap={6}>
        {suggestions.map((s) => (
          <Chip
            key={s}
            size="md"
            checked={value === s}
            onChange={() => {
              onChange(s);
            }}
          >
            {s}
          </Chip>
        ))}
      </Group>
      <Textarea
        label={label}
        required={required}
        size="md"
        autosize
        minRows={2}
        maxLength={2000}
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value);
        }}
      />
    </Stack>
  );
}
