import { MultiSelect, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import { RowList } from '../RowList/RowList';
import { optionsOf, type SectionProps } from '../section-props';

/** Diagnoses/indications, failed antidepressant trials, and earlier ketamine, esketamine, ECT or TMS. */
export function ReferralSection({ values, errors, onChange }: SectionProps): ReactNode {
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
        <RowList
          rows={values.priorTreatments}
          onRows={(priorTreatments) => {
            onChange({ priorTreatments });
          }}
          newRow={() => ({ kind: 'ketamine', response: 'unknown', lastOn: '', note: '' })}
          addLabel="Add earlier ketamine / esketamine / ECT / TMS"
          columns={4}
        >
          {(row, update, i) => (
            <>
              <NativeSelect
                label="Earlier treatment"
                data={optionsOf('priorTreatments/kind')}
                value={row.kind}
                onChange={(e) => {
                  update({ kind: e.currentTarget.value });
                }}
              />
              <NativeSelect
                label="Response"
                data={optionsOf('priorTreatments/response')}
                value={row.response}
                onChange={(e) => {
                  update({ response: e.currentTarget.value });
                }}
              />
              <TextInput
                label="Last treatment"
                type="date"
                value={row.lastOn}
                error={errors[`priorTreatments/${i}/lastOn`]}
                onChange={(e) => {
                  update({ lastOn: e.currentTarget.value });
                }}
              />
              <TextInput
                label="Note"
                value={row.note}
                onChange={(e) => {
                  update({ note: e.currentTarget.value });
                }}
              />
            </>
          )}
        </RowList>
      </Stack>
    </FormSection>
  );
}
