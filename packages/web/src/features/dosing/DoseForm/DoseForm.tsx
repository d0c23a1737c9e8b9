import { CM_PER_INCH, KG_PER_LB, type Protocol } from '@chairside/domain';
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { DoseFormValues } from './dose-form-values';

interface DoseFormProps {
  readonly protocols: readonly Protocol[];
  readonly values: DoseFormValues;
  readonly onChange: (values: DoseFormValues) => void;
  readonly onProtocolChange: (protocol: Protocol) => void;
  readonly onSubmit: () => void;
  /** Server field errors keyed by the DoseInputs path (`weight/value`). */
  readonly errors: Readonly<Record<string, string>>;
  readonly submitting: boolean;
  readonly submitLabel?: string;
}

const round1 = (value: number): string => (Math.round(value * 10) / 10).toString();

/** The same weight in the other unit, so both are seen (DEFAULTS.md §1: "both are shown"). */
function otherWeight(values: DoseFormValues): string | null {
  const value = Number(values.weightValue);
  if (values.weightValue === '' || !Number.isFinite(value) || value <= 0) {
    return null;
  }
  return values.weightUnit === 'kg' ? `= ${round1(value / KG_PER_LB)} lb` : `= ${round1(value * KG_PER_LB)} kg`;
}

function otherHeight(values: DoseFormValues): string | null {
  const value = Number(values.heightValue);
  if (values.heightValue === '' || !Number.isFinite(value) || value <= 0) {
    return null;
  }
  return values.heightUnit === 'cm' ? `= ${round1(value / CM_PER_INCH)} in` : `= ${round1(value * CM_PER_INCH)} cm`;
}

function WeightFields({ values, set, errors }: FieldsProps): ReactNode {
  return (
    <>
      <Group align="flex-end" gap="xs" wrap="nowrap" style={{ gridColumn: '1 / -1' }}>
        <NumberInput
          label="Weight"
          value={values.weightValue}
          onChange={(v) => {
            set({ weightValue: v });
          }}
          error={errors['weight/value'] ?? errors['weight']}
          min={0}
          decimalScale={1}
          hideControls
          w={130}
        />
        <SegmentedControl
          aria-label="Weight unit"
          value={values.weightUnit}
          onChange={(v) => {
            set({ weightUnit: v === 'lb' ? 'lb' : 'kg' });
          }}
          data={['kg', 'lb']}
        />
        <Text size="sm" c="dimmed" pb={8} data-testid="weight-other-unit">
          {otherWeight(values)}
        </Text>
      </Group>
      <TextInput
        type="datetime-local"
        label="Weight measured at"
        value={values.weightMeasuredAt}
        onChange={(e) => {
          set({ weightMeasuredAt: e.currentTarget.value });
        }}
        error={errors['weight/measuredAt']}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="basis-label">
          Dosing weight basis
        </Text>
        <SegmentedControl
          aria-labelledby="basis-label"
          value={values.basis}
          onChange={(v) => {
            set({ basis: v });
          }}
          data={[
            { value: 'actual', label: 'Actual' },
            { value: 'ideal', label: 'Ideal' },
            { value: 'adjusted', label: 'Adjusted' },
          ]}
        />
        {errors['basis'] ? (
          <Text size="xs" c="red">
            {errors['basis']}
          </Text>
        ) : null}
      </Stack>
      <Group align="flex-end" gap="xs" wrap="nowrap" style={{ gridColumn: '1 / -1' }}>
        <NumberInput
          label="Height (for ideal / adjusted)"
          value={values.heightValue}
          onChange={(v) => {
            set({ heightValue: v });
          }}
          error={errors['height/value'] ?? errors['height']}
          min={0}
          hideControls
          w={130}
        />
        <SegmentedControl
          aria-label="Height unit"
          value={values.heightUnit}
          onChange={(v) => {
            set({ heightUnit: v === 'in' ? 'in' : 'cm' });
          }}
          data={['cm', 'in']}
        />
        <Text size="sm" c="dimmed" pb={8}>
          {otherHeight(values)}
        </Text>
      </Group>
      <Select
        label="Sex at birth (for ideal / adjusted)"
        value={values.sexAtBirth === '' ? null : values.sexAtBirth}
        onChange={(v) => {
          set({ sexAtBirth: v === 'male' || v === 'female' ? v : '' });
        }}
        data={[
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
        ]}
        clearable
        error={errors['sexAtBirth']}
      />
    </>
  );
}

interface FieldsProps {
  readonly values: DoseFormValues;
  readonly set: (patch: Partial<DoseFormValues>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

function numberField(
  label: string,
  key: keyof DoseFormValues,
  { values, set, errors }: FieldsProps,
  step = 0.05,
): ReactNode {
  return (
    <NumberInput
      key={key}
      label={label}
      value={values[key]}
      onChange={(v) => {
        set({ [key]: v });
      }}
      error={errors[key]}
      min={0}
      step={step}
      decimalScale={3}
    />
  );
}

function DoseFields({ protocol, ...props }: FieldsProps & { readonly protocol: Protocol }): ReactNode {
  switch (protocol.dose.mode) {
    case 'fixed-mg-devices':
      return (
        <>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="esk-dose-label">
              Esketamine dose
            </Text>
            <SegmentedControl
              aria-labelledby="esk-dose-label"
              value={props.values.doseMg}
              onChange={(v) => {
                props.set({ doseMg: v === '84' ? '84' : v === '56' ? '56' : '' });
              }}
              data={[
                { value: '56', label: '56 mg (2 devices)' },
                { value: '84', label: '84 mg (3 devices)' },
              ]}
            />
            {props.errors['doseMg'] ? (
              <Text size="xs" c="red">
                {props.errors['doseMg']}
              </Text>
            ) : null}
          </Stack>
          <TextInput
            label="Earlier esketamine doses, mg"
            description="Every earlier session, e.g. 56, 56, 84; empty for the first session"
            value={props.values.priorEsketamineDosesMg}
            onChange={(e) => {
              props.set({ priorEsketamineDosesMg: e.currentTarget.value });
            }}
            error={props.errors['priorEsketamineDosesMg']}
          />
        </>
      );
    case 'mg-per-kg-per-hour-infusion':
      return (
        <>
          {numberField('Infusion, mg/kg/h', 'infusionMgPerKgPerHour', props)}
          {numberField('Duration, min', 'durationMin', props, 5)}
          {numberField('Loading bolus, mg/kg (optional)', 'bolusMgPerKg', props)}
          {numberField('Concentration, mg/mL', 'concentrationMgPerMl', props, 1)}
        </>
      );
    case 'mg-per-kg-over-duration':
      return (
        <>
          {numberField('Dose, mg/kg', 'doseMgPerKg', props)}
          {numberField('Duration, min', 'durationMin', props, 5)}
          {numberField('Concentration, mg/mL', 'concentrationMgPerMl', props, 1)}
        </>
      );
    case 'mg-per-kg-single-injection':
      return (
        <>
          {numberField('Dose, mg/kg', 'doseMgPerKg', props)}
          {numberField('Concentration, mg/mL', 'concentrationMgPerMl', props, 1)}
        </>
      );
  }
}

/** The prescriber's inputs for one protocol; only the fields its dose mode uses are shown. */
export function DoseForm(props: DoseFormProps): ReactNode {
  const { protocols, values, onChange, errors } = props;
  const protocol = protocols.find((p) => p.id === values.protocolId);
  const set = (patch: Partial<DoseFormValues>): void => {
    onChange({ ...values, ...patch });
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Select
          label="Protocol"
          value={values.protocolId === '' ? null : values.protocolId}
          onChange={(id) => {
            const chosen = protocols.find((p) => p.id === id);
            if (chosen) {
              props.onProtocolChange(chosen);
            }
          }}
          data={protocols.map((p) => ({ value: p.id, label: `${p.title} (v${p.version})` }))}
          error={errors['protocolId'] ?? errors['protocolVersion']}
          allowDeselect={false}
        />
        {protocol ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {protocol.dose.mode === 'fixed-mg-devices' ? null : (
              <WeightFields values={values} set={set} errors={errors} />
            )}
            <DoseFields protocol={protocol} values={values} set={set} errors={errors} />
          </SimpleGrid>
        ) : null}
        <Group>
          <Button type="submit" loading={props.submitting} disabled={!protocol}>
            {props.submitLabel ?? 'Calculate'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
