import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import { optionsOf, replaceAt, type SectionProps } from '../section-props';

/** Diagnoses/indications, failed antidepressant trials, and earlier ketamine, esketamine, ECT or TMS. */
export function ReferralSection({ values, errors, onChange }: SectionProps): ReactNode {
  const rows = values.priorTreatments;
  return (
    <FormSection title="Reason for referral">
      <Stack gap="sm">
        <MultiSelect
          label="Diagnoses / indications"
          required
          data={optionsOf('indications')}
          value={values.indications}
          error={errors['indications']}
          searchable
          onChange={(indications) => {
            onChange({ indications });
          }}
        />
        <TextInput
          label="Failed adequate antidepressant trials (current episode)"
          description="Treatment-resistant depression needs at least 2"
          required
          inputMode="numeric"
          w={{ base: '100%', sm: 360 }}
          value={values.failedTrials}
          error={errors['failedAdequateAntidepressantTrials']}
          onChange={(e) => {
            onChange({ failedTrials: e.currentTarget.value });
          }}
        />
        {rows.map((row, i) => (
          <SimpleGrid key={i} cols={{ base: 1, sm: 5 }} spacing="xs" verticalSpacing="xs">
            <NativeSelect
              label="Earlier treatment"
              data={optionsOf('priorTreatments/kind')}
              value={row.kind}
              onChange={(e) => {
                onChange({ priorTreatments: replaceAt(rows, i, { ...row, kind: e.currentTarget.value }) });
              }}
            />
            <NativeSelect
              label="Response"
              data={optionsOf('priorTreatments/response')}
              value={row.response}
              onChange={(e) => {
                onChange({ priorTreatments: replaceAt(rows, i, { ...row, response: e.currentTarget.value }) });
              }}
            />
            <TextInput
              label="Last treatment"
              type="date"
              value={row.lastOn}
              error={errors[`priorTreatments/${i}/lastOn`]}
              onChange={(e) => {
                onChange({ priorTreatments: replaceAt(rows, i, { ...row, lastOn: e.currentTarget.value }) });
              }}
            />
            <TextInput
              label="Note"
              value={row.note}
              onChange={(e) => {
                onChange({ priorTreatments: replaceAt(rows, i, { ...row, note: e.currentTarget.value }) });
              }}
            />
            <Button
              variant="subtle"
              color="red"
              mt={{ sm: 24 }}
              onClick={() => {
                onChange({ priorTreatments: rows.filter((_, j) => j !== i) });
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
              onChange({ priorTreatments: [...rows, { kind: 'ketamine', response: 'unknown', lastOn: '', note: '' }] });
            }}
          >
            Add earlier ketamine / esketamine / ECT / TMS
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
