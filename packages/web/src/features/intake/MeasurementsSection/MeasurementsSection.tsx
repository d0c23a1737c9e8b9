import { Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormSection } from '../FormSection/FormSection';
import { otherUnit } from '../intake-form-values';
import type { SectionProps } from '../section-props';

interface QuantityProps {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly units: readonly string[];
  readonly error: string | undefined;
  readonly required: boolean;
  readonly onValue: (value: string) => void;
  readonly onUnit: (unit: string) => void;
}

/** A measure with a unit switch that always shows the value in the other unit too. */
function Quantity({ label, value, unit, units, error, required, onValue, onUnit }: QuantityProps): ReactNode {
  const converted = otherUnit(value, unit as 'kg' | 'lb' | 'cm' | 'in');
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          label={`${label} (${unit})`}
          required={required}
          inputMode="decimal"
          value={value}
          error={error}
          onChange={(e) => {
            onValue(e.currentTarget.value);
          }}
          style={{ flex: 1 }}
        />
        <SegmentedControl
          aria-label={`${label} unit`}
          data={[...units]}
          value={unit}
          onChange={onUnit}
          mb={error ? 22 : 0}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {converted ? `= ${converted}` : ' '}
      </Text>
    </Stack>
  );
}

/** Resting BP, heart rate, SpO2, weight and height, each with when it was measured. */
export function MeasurementsSection({ values, errors, onChange }: SectionProps): ReactNode {
  return (
    <FormSection title="Resting vital signs and body measures">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
          <TextInput
            label="Systolic BP (mmHg)"
            required
            inputMode="numeric"
            value={values.systolic}
            error={errors['vitals/systolicMmHg']}
            onChange={(e) => {
              onChange({ systolic: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Diastolic BP (mmHg)"
            required
            inputMode="numeric"
            value={values.diastolic}
            error={errors['vitals/diastolicMmHg']}
            onChange={(e) => {
              onChange({ diastolic: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Heart rate (/min)"
            required
            inputMode="numeric"
            value={values.heartRate}
            error={errors['vitals/heartRateBpm']}
            onChange={(e) => {
              onChange({ heartRate: e.currentTarget.value });
            }}
          />
          <TextInput
            label="SpO2 (%)"
            required
            inputMode="numeric"
            value={values.spo2}
            error={errors['vitals/spo2Pct']}
            onChange={(e) => {
              onChange({ spo2: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Vitals measured at"
            required
            type="datetime-local"
            value={values.vitalsAt}
            error={errors['vitals/measuredAt']}
            onChange={(e) => {
              onChange({ vitalsAt: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <Quantity
            label="Weight"
            required
            value={values.weight}
            unit={values.weightUnit}
            units={['kg', 'lb']}
            error={errors['weight/value'] ?? errors['weight']}
            onValue={(weight) => {
              onChange({ weight });
            }}
            onUnit={(u) => {
              onChange({ weightUnit: u === 'lb' ? 'lb' : 'kg' });
            }}
          />
          <Quantity
            label="Height"
            required={false}
            value={values.height}
            unit={values.heightUnit}
            units={['cm', 'in']}
            error={errors['height/value'] ?? errors['height']}
            onValue={(height) => {
              onChange({ height });
            }}
            onUnit={(u) => {
              onChange({ heightUnit: u === 'in' ? 'in' : 'cm' });
            }}
          />
          <TextInput
            label="Weight and height measured at"
            required
            type="datetime-local"
            value={values.weightAt}
            error={errors['weight/measuredAt']}
            onChange={(e) => {
              onChange({ weightAt: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
