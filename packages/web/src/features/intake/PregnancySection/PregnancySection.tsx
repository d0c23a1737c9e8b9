import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import { optionsOf, type SectionProps } from '../section-props';

/** Pregnancy status and test, breastfeeding, and the suicide-risk screen. */
export function PregnancySection({ values, errors, onChange }: SectionProps): ReactNode {
  return (
    <>
      <FormSection title="Pregnancy and breastfeeding">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <NativeSelect
            label="Can become pregnant"
            required
            data={optionsOf('pregnancy/canBecomePregnant')}
            value={values.canBecomePregnant}
            error={errors['pregnancy/canBecomePregnant']}
            onChange={(e) => {
              onChange({ canBecomePregnant: e.currentTarget.value });
            }}
          />
          <NativeSelect
            label="Pregnant now"
            required
            data={optionsOf('pregnancy/status')}
            value={values.pregnancyStatus}
            error={errors['pregnancy/status']}
            onChange={(e) => {
              onChange({ pregnancyStatus: e.currentTarget.value });
            }}
          />
          <NativeSelect
            label="Pregnancy test result"
            data={[{ value: '', label: 'No test' }, ...optionsOf('pregnancy/testResult')]}
            value={values.pregnancyTestResult}
            error={errors['pregnancy/testResult']}
            onChange={(e) => {
              onChange({ pregnancyTestResult: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Pregnancy test date"
            type="date"
            value={values.pregnancyTestedOn}
            error={errors['pregnancy/testedOn']}
            onChange={(e) => {
              onChange({ pregnancyTestedOn: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label="Breastfeeding"
          checked={values.breastfeeding}
          onChange={(e) => {
            onChange({ breastfeeding: e.currentTarget.checked });
          }}
        />
      </FormSection>
      <FormSection title="Suicide risk screen">
        <Stack gap="sm">
          <TextInput
            label="PHQ-9 item 9 (0–3)"
            inputMode="numeric"
            w={{ base: '100%', sm: 240 }}
            value={values.phq9Item9}
            error={errors['suicideScreen/phq9Item9']}
            onChange={(e) => {
              onChange({ phq9Item9: e.currentTarget.value });
            }}
          />
          <Checkbox
            label="C-SSRS screener positive"
            checked={values.cssrsPositive}
            onChange={(e) => {
              onChange({ cssrsPositive: e.currentTarget.checked });
            }}
          />
        </Stack>
      </FormSection>
    </>
  );
}
