import { NativeSelect, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import type { CodedRow } from '../intake-form-values';
import { RowList } from '../RowList/RowList';
import { optionsOf, type SectionProps } from '../section-props';

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
    <RowList
      title={label}
      rows={rows}
      onRows={onRows}
      newRow={() => ({ code: options[0]?.value ?? '', date: '', note: '' })}
      addLabel={`Add ${label === 'Conditions' ? 'condition' : 'substance'}`}
      columns={3}
    >
      {(row, update, i) => (
        <>
          <NativeSelect
            label={label === 'Conditions' ? 'Condition' : 'Substance'}
            data={options}
            value={row.code}
            error={errors[`${path}/${i}/${codeField}`]}
            onChange={(e) => {
              update({ code: e.currentTarget.value });
            }}
          />
          <TextInput
            label={dateLabel}
            type="date"
            value={row.date}
            error={errors[`${path}/${i}/${dateField}`]}
            onChange={(e) => {
              update({ date: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Note"
            value={row.note}
            error={errors[`${path}/${i}/note`]}
            onChange={(e) => {
              update({ note: e.currentTarget.value });
            }}
          />
        </>
      )}
    </RowList>
  );
}

/** Medical history as coded conditions, allergies, pain, sleep and recent substance use. */
export function HistorySection({ values, errors, onChange }: SectionProps): ReactNode {
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
        <RowList
          title="Allergies and hypersensitivities"
          rows={values.allergies}
          onRows={(allergies) => {
            onChange({ allergies });
          }}
          newRow={() => ({ substance: '', reaction: '' })}
          addLabel="Add allergy"
          columns={2}
        >
          {(row, update, i) => (
            <>
              <TextInput
                label="Substance"
                required
                value={row.substance}
                error={errors[`allergies/${i}/substance`]}
                onChange={(e) => {
                  update({ substance: e.currentTarget.value });
                }}
              />
              <TextInput
                label="Reaction"
                value={row.reaction}
                onChange={(e) => {
                  update({ reaction: e.currentTarget.value });
                }}
              />
            </>
          )}
        </RowList>
        <RowList
          title="Pain conditions"
          rows={values.painConditions}
          onRows={(painConditions) => {
            onChange({ painConditions });
          }}
          newRow={() => ({ description: '', averagePainNrs: '' })}
          addLabel="Add pain condition"
          columns={2}
        >
          {(row, update, i) => (
            <>
              <TextInput
                label="Description"
                required
                value={row.description}
                error={errors[`painConditions/${i}/description`]}
                onChange={(e) => {
                  update({ description: e.currentTarget.value });
                }}
              />
              <TextInput
                label="Average pain (0–10)"
                inputMode="numeric"
                value={row.averagePainNrs}
                error={errors[`painConditions/${i}/averagePainNrs`]}
                onChange={(e) => {
                  update({ averagePainNrs: e.currentTarget.value });
                }}
              />
            </>
          )}
        </RowList>
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
