import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import type { CodedRow } from '../intake-form-values';
import { optionsOf, replaceAt, type SectionProps } from '../section-props';

interface CodedRowsProps {
  readonly label: string;
  readonly path: 'conditions' | 'recentSubstanceUse';
  readonly codeField: string;
  readonly dateLabel: string;
  readonly dateField: string;
  readonly rows: readonly CodedRow[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onRows: (rows: CodedRow[]) => void;
}

/** Coded rows with a date and a note (conditions, recent substance use). */
function CodedRows({ label, path, codeField, dateLabel, dateField, rows, errors, onRows }: CodedRowsProps): ReactNode {
  const options = optionsOf(`${path}/${codeField}`);
  return (
    <Stack gap="xs">
      <Text fw={600}>{label}</Text>
      {rows.map((row, i) => (
        <SimpleGrid key={i} cols={{ base: 1, sm: 4 }} spacing="xs">
          <NativeSelect
            label={label === 'Conditions' ? 'Condition' : 'Substance'}
            data={options}
            value={row.code}
            error={errors[`${path}/${i}/${codeField}`]}
            onChange={(e) => {
              onRows(replaceAt(rows, i, { ...row, code: e.currentTarget.value }));
            }}
          />
          <TextInput
            label={dateLabel}
            type="date"
            value={row.date}
            error={errors[`${path}/${i}/${dateField}`]}
            onChange={(e) => {
              onRows(replaceAt(rows, i, { ...row, date: e.currentTarget.value }));
            }}
          />
          <TextInput
            label="Note"
            value={row.note}
            error={errors[`${path}/${i}/note`]}
            onChange={(e) => {
              onRows(replaceAt(rows, i, { ...row, note: e.currentTarget.value }));
            }}
          />
          <Button
            variant="subtle"
            color="red"
            mt={{ sm: 24 }}
            onClick={() => {
              onRows(rows.filter((_, j) => j !== i));
            }}
          >
            Remove
          </Button>
        </SimpleGrid>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => {
            onRows([...rows, { code: options[0]?.value ?? '', date: '', note: '' }]);
          }}
        >
          Add {label === 'Conditions' ? 'condition' : 'substance'}
        </Button>
      </Group>
    </Stack>
  );
}

/** Medical history as coded conditions, allergies, pain, sleep and recent substance use. */
export function HistorySection({ values, errors, onChange }: SectionProps): ReactNode {
  const allergies = values.allergies;
  const pain = values.painConditions;
  return (
    <FormSection title="Medical history">
      <Stack gap="md">
        <CodedRows
          label="Conditions"
          path="conditions"
          codeField="code"
          dateLabel="Date (required for a heart attack)"
          dateField="onsetDate"
          rows={values.conditions}
          errors={errors}
          onRows={(conditions) => {
            onChange({ conditions });
          }}
        />
        <Stack gap="xs">
          <Text fw={600}>Allergies and hypersensitivities</Text>
          {allergies.map((row, i) => (
            <SimpleGrid key={i} cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label="Substance"
                required
                value={row.substance}
                error={errors[`allergies/${i}/substance`]}
                onChange={(e) => {
                  onChange({ allergies: replaceAt(allergies, i, { ...row, substance: e.currentTarget.value }) });
                }}
              />
              <TextInput
                label="Reaction"
                value={row.reaction}
                onChange={(e) => {
                  onChange({ allergies: replaceAt(allergies, i, { ...row, reaction: e.currentTarget.value }) });
                }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={{ sm: 24 }}
                onClick={() => {
                  onChange({ allergies: allergies.filter((_, j) => j !== i) });
                }}
              >
                Remove
              </Button>
            </SimpleGrid>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() => {
                onChange({ allergies: [...allergies, { substance: '', reaction: '' }] });
              }}
            >
              Add allergy
            </Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>Pain conditions</Text>
          {pain.map((row, i) => (
            <SimpleGrid key={i} cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput
                label="Description"
                required
                value={row.description}
                error={errors[`painConditions/${i}/description`]}
                onChange={(e) => {
                  onChange({ painConditions: replaceAt(pain, i, { ...row, description: e.currentTarget.value }) });
                }}
              />
              <TextInput
                label="Average pain (0–10)"
                inputMode="numeric"
                value={row.averagePainNrs}
                error={errors[`painConditions/${i}/averagePainNrs`]}
                onChange={(e) => {
                  onChange({ painConditions: replaceAt(pain, i, { ...row, averagePainNrs: e.currentTarget.value }) });
                }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={{ sm: 24 }}
                onClick={() => {
                  onChange({ painConditions: pain.filter((_, j) => j !== i) });
                }}
              >
                Remove
              </Button>
            </SimpleGrid>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() => {
                onChange({ painConditions: [...pain, { description: '', averagePainNrs: '' }] });
              }}
            >
              Add pain condition
            </Button>
          </Group>
        </Stack>
        <TextInput
          label="Average sleep per night (hours)"
          inputMode="decimal"
          w={{ base: '100%', sm: 280 }}
          value={values.sleepHours}
          error={errors['sleep/averageHoursPerNight']}
          onChange={(e) => {
            onChange({ sleepHours: e.currentTarget.value });
          }}
        />
        <CodedRows
          label="Recent substance use"
          path="recentSubstanceUse"
          codeField="substance"
          dateLabel="Last used"
          dateField="lastUsedOn"
          rows={values.substances}
          errors={errors}
          onRows={(substances) => {
            onChange({ substances });
          }}
        />
      </Stack>
    </FormSection>
  );
}
