import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { emptyAuditFilters, type AuditFilterValues } from '../audit-api';

interface AuditFiltersProps {
  readonly initial: AuditFilterValues;
  readonly onApply: (filters: AuditFilterValues) => void;
}

type Key = keyof AuditFilterValues;

const fields: readonly { key: Key; label: string; type?: string; placeholder?: string }[] = [
  { key: 'fromDate', label: 'From', type: 'date' },
  { key: 'toDate', label: 'To', type: 'date' },
  { key: 'actor', label: 'User', placeholder: 'Username, e.g. nurse.patel' },
  { key: 'action', label: 'Action starts with', placeholder: 'e.g. patient.' },
  { key: 'recordType', label: 'Record type', placeholder: 'e.g. patient, user' },
  { key: 'patientId', label: 'Patient id', placeholder: 'The patient’s record id' },
];

/** Filters apply on submit, not per keystroke: each query is itself an audited read. */
export function AuditFilters({ initial, onApply }: AuditFiltersProps): ReactNode {
  const [values, setValues] = useState(initial);
  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    onApply({
      ...values,
      actor: values.actor.trim(),
      action: values.action.trim(),
      recordType: values.recordType.trim(),
      patientId: values.patientId.trim(),
    });
  };
  return (
    <Paper withBorder p="md" mb="md">
      <form onSubmit={onSubmit} aria-label="Audit filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
          {fields.map((field) => (
            <TextInput
              key={field.key}
              label={field.label}
              type={field.type ?? 'text'}
              placeholder={field.placeholder}
              value={values[field.key]}
              onChange={(event) => {
                setValues({ ...values, [field.key]: event.currentTarget.value });
              }}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="sm" gap="sm">
          <Button
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => {
              setValues(emptyAuditFilters);
              onApply(emptyAuditFilters);
            }}
          >
            Clear filters
          </Button>
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            Apply filters
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
