import {
  Autocomplete,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { formularyEntries, matchMedication } from '@chairside/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import type { MedicationRow } from '../intake-form-values';
import { optionsOf, replaceAt, type SectionProps } from '../section-props';

/** Generic and brand names for the autocomplete; matching itself is the domain's matchMedication. */
const formularyNames = [...new Set(formularyEntries.flatMap((e) => [e.generic, ...e.brands]))].sort();
const empty: MedicationRow = { name: '', dose: '', unit: 'mg', frequency: 'once-daily', maxDosesPerDay: '' };

function MatchBadge({ name }: { readonly name: string }): ReactNode {
  if (name.trim() === '') {
    return null;
  }
  const match = matchMedication(name);
  return match.status === 'recognised' ? (
    <Badge color="teal" variant="light">
      {match.entry.generic} · {match.entry.classes.join(', ')}
    </Badge>
  ) : (
    <Badge color="orange" variant="filled" leftSection={<IconAlertTriangle size={14} />}>
      Not recognised — review
    </Badge>
  );
}

/** Current medications: name with formulary autocomplete, dose, unit, frequency; unknown names kept and flagged. */
export function MedicationRows({ values, errors, onChange }: SectionProps): ReactNode {
  const rows = values.medications;
  const set = (i: number, row: MedicationRow): void => {
    onChange({ medications: replaceAt(rows, i, row) });
  };
  return (
    <FormSection title="Current medications">
      <Stack gap="sm">
        {rows.length === 0 ? <Text c="dimmed">No medications listed.</Text> : null}
        {rows.map((row, i) => (
          <Paper key={i} withBorder p="xs" role="group" aria-label={`Medication ${String(i + 1)}`}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="xs">
              <Autocomplete
                label="Medication"
                required
                data={formularyNames}
                limit={8}
                value={row.name}
                error={errors[`medications/${i}/name`]}
                onChange={(name) => {
                  set(i, { ...row, name });
                }}
              />
              <TextInput
                label="Dose"
                inputMode="decimal"
                value={row.dose}
                error={errors[`medications/${i}/dose`]}
                onChange={(e) => {
                  set(i, { ...row, dose: e.currentTarget.value });
                }}
              />
              <NativeSelect
                label="Unit"
                data={optionsOf('medications/unit')}
                value={row.unit}
                onChange={(e) => {
                  set(i, { ...row, unit: e.currentTarget.value });
                }}
              />
              <NativeSelect
                label="How often"
                data={optionsOf('medications/frequency')}
                value={row.frequency}
                onChange={(e) => {
                  set(i, { ...row, frequency: e.currentTarget.value });
                }}
              />
              {row.frequency === 'as-needed' ? (
                <TextInput
                  label="Most doses in a day"
                  inputMode="numeric"
                  value={row.maxDosesPerDay}
                  error={errors[`medications/${i}/maxDosesPerDay`]}
                  onChange={(e) => {
                    set(i, { ...row, maxDosesPerDay: e.currentTarget.value });
                  }}
                />
              ) : (
                <div />
              )}
            </SimpleGrid>
            <Group justify="space-between" mt="xs">
              <MatchBadge name={row.name} />
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => {
                  onChange({ medications: rows.filter((_, j) => j !== i) });
                }}
              >
                Remove
              </Button>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => {
              onChange({ medications: [...rows, { ...empty }] });
            }}
          >
            Add medication
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
