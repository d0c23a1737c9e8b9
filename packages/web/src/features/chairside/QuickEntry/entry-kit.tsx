import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';

/** When it happened: blank means now (the usual case at the chair); a time for a late entry. */
export function WhenInput({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (v: string) => void;
}): ReactNode {
  return (
    <TextInput
      type="datetime-local"
      label="Time (blank = now)"
      size="md"
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value);
      }}
    />
  );
}

/** The instant of a WhenInput value. */
export function instantOf(value: string): string {
  return value === '' ? new Date().toISOString() : new Date(value).toISOString();
}

export function BigNumber({
  label,
  unit,
  value,
  onChange,
  min,
  max,
  required = true,
  decimals = false,
}: {
  readonly label: string;
  readonly unit: string;
  readonly value: number | '';
  readonly onChange: (v: number | '') => void;
  readonly min: number;
  readonly max: number;
  readonly required?: boolean;
  readonly decimals?: boolean;
}): ReactNode {
  return (
    <NumberInput
      label={label}
      rightSection={
        <Text size="sm" c="dimmed" pr={6}>
          {unit}
        </Text>
      }
      rightSectionWidth={60}
      size="xl"
      inputMode={decimals ? 'decimal' : 'numeric'}
      hideControls
      required={required}
      min={min}
      max={max}
      allowDecimal={decimals}
      allowNegative={false}
      value={value}
      onChange={(v) => {
        onChange(typeof v === 'number' ? v : v === '' ? '' : Number(v));
      }}
      styles={{ input: { fontWeight: 700, fontSize: 28 } }}
    />
  );
}

export function SubmitRow({
  label,
  disabled,
  pending,
  error,
  onSubmit,
  colour,
}: {
  readonly label: string;
  readonly disabled: boolean;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onSubmit: () => void;
  readonly colour?: string;
}): ReactNode {
  return (
    <Stack gap="xs">
      {error === null || error === undefined ? null : <ErrorAlert error={error} title="Not recorded" />}
      <Group justify="flex-end">
        <Button size="xl" disabled={disabled} loading={pending} onClick={onSubmit} color={colour ?? 'blue'} miw={200}>
          {label}
        </Button>
      </Group>
    </Stack>
  );
}

export function recorded(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 2000 });
}
