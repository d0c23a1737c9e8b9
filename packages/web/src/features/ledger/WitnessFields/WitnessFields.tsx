import { Group, Paper, PasswordInput, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Witness } from '../ledger-api';

/**
 * The second person signs with their OWN username and password, typed by them in this request:
 * a click by the signed-in user is not a witness.
 */
export function WitnessFields({
  value,
  onChange,
  errors,
  field = 'witness',
}: {
  readonly value: Witness;
  readonly onChange: (next: Witness) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly field?: string;
}): ReactNode {
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="sm" fw={600}>
        Witness
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        A second physician or nurse types their own username and password.
      </Text>
      <Group grow align="flex-start">
        <TextInput
          label="Witness username"
          autoComplete="off"
          maxLength={100}
          value={value.username}
          error={errors[`${field}/username`]}
          onChange={(e) => {
            onChange({ ...value, username: e.currentTarget.value });
          }}
        />
        <PasswordInput
          label="Witness password"
          autoComplete="off"
          maxLength={200}
          value={value.password}
          error={errors[`${field}/password`]}
          onChange={(e) => {
            onChange({ ...value, password: e.currentTarget.value });
          }}
        />
      </Group>
    </Paper>
  );
}

export const emptyWitness: Witness = { username: '', password: '' };
export const witnessComplete = (w: Witness): boolean => w.username.trim() !== '' && w.password !== '';
