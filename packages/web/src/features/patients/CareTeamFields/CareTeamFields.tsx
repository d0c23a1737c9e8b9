import { Button, CloseButton, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { careTeamRoleOptions, newCareTeamRow, type CareTeamRole, type CareTeamRowValues } from '../patient-form-values';
import type { ReactNode } from 'react';

interface CareTeamFieldsProps {
  readonly rows: readonly CareTeamRowValues[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (rows: CareTeamRowValues[]) => void;
}

type TextKey = 'name' | 'organisation' | 'phone' | 'fax' | 'email';

const textFields: readonly { key: TextKey; label: string; type?: string; autoComplete?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'fax', label: 'Fax', type: 'tel' },
  { key: 'email', label: 'Email', type: 'email' },
];

/** The clinicians outside the clinic who share the patient's care, one removable card each. */
export function CareTeamFields({ rows, errors, onChange }: CareTeamFieldsProps): ReactNode {
  const update = (index: number, patch: Partial<CareTeamRowValues>): void => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No care team members yet. Add the referring clinician, primary care, therapist or psychiatrist.
        </Text>
      ) : null}
      {rows.map((row, index) => {
        const rowLabel = `Care team member ${index + 1}`;
        return (
          <Paper key={row.key} withBorder p="sm" bg="gray.0" role="group" aria-label={rowLabel}>
            <Group justify="space-between" mb="xs">
              <Text fw={600} size="sm">
                {rowLabel}
              </Text>
              <CloseButton
                aria-label={`Remove ${rowLabel.toLowerCase()}`}
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index));
                }}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <NativeSelect
                label="Role"
                data={careTeamRoleOptions.map((option) => ({ value: option.value, label: option.label }))}
                value={row.role}
                onChange={(event) => {
                  update(index, { role: event.currentTarget.value as CareTeamRole });
                }}
              />
              {textFields.map((field) => (
                <TextInput
                  key={field.key}
                  label={field.label}
                  type={field.type ?? 'text'}
                  required={field.key === 'name'}
                  value={row[field.key]}
                  error={errors[`careTeam/${index}/${field.key}`]}
                  onChange={(event) => {
                    update(index, { [field.key]: event.currentTarget.value });
                  }}
                />
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            onChange([...rows, newCareTeamRow(rows.length === 0 ? 'referring_clinician' : 'other')]);
          }}
        >
          Add care team member
        </Button>
      </Group>
    </Stack>
  );
}
