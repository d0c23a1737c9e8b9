import type { DoseInputs } from '@chairside/contract';
import type { DoseResult, Protocol } from '@chairside/domain';
import { Center, Grid, Loader, Paper, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useProtocols } from '../../protocols/protocols-api';
import { DoseForm } from '../DoseForm/DoseForm';
import { doseInputsOf, emptyDoseForm, withProtocolDefaults, type DoseFormValues } from '../DoseForm/dose-form-values';
import { DoseResultPanel } from '../DoseResultPanel/DoseResultPanel';
import { useCalculateDose } from '../dosing-api';

interface DoseCalculatorProps {
  /** Shown under the result, e.g. "Record as dose plan" in the chart. */
  readonly actions?: (inputs: DoseInputs, result: DoseResult) => ReactNode;
  /** Sex at birth from the chart, for ideal / adjusted weight. */
  readonly sexAtBirth?: 'female' | 'male';
}

/** The calculator: inputs on the left, the result with its limits band on the right. */
export function DoseCalculator({ actions, sexAtBirth }: DoseCalculatorProps): ReactNode {
  const protocols = useProtocols();
  const calculate = useCalculateDose();
  const [values, setValues] = useState<DoseFormValues>(() => ({ ...emptyDoseForm(), sexAtBirth: sexAtBirth ?? '' }));
  const [calculated, setCalculated] = useState<{ inputs: DoseInputs; result: DoseResult } | null>(null);

  if (protocols.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading protocols" />
      </Center>
    );
  }
  if (protocols.isError) {
    return <ErrorAlert error={protocols.error} title="The protocols could not be loaded" />;
  }
  const library: Protocol[] = protocols.data.map((p) => p.protocol);
  const protocol = library.find((p) => p.id === values.protocolId);
  const errors = calculate.error instanceof ApiError ? calculate.error.fieldErrorMap() : {};
  const submit = (): void => {
    if (!protocol) {
      return;
    }
    const inputs = doseInputsOf(values, protocol);
    setCalculated(null);
    calculate.mutate(inputs, {
      onSuccess: (result) => {
        setCalculated({ inputs, result });
      },
    });
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md">
          <DoseForm
            protocols={library}
            values={values}
            onChange={setValues}
            onProtocolChange={(chosen) => {
              setCalculated(null);
              calculate.reset();
              setValues(withProtocolDefaults(values, chosen));
            }}
            onSubmit={submit}
            errors={errors}
            submitting={calculate.isPending}
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="md" mih={200}>
          {calculate.isError ? (
            <ErrorAlert error={calculate.error} title="Not calculated: check the marked fields" />
          ) : calculated ? (
            <>
              <DoseResultPanel result={calculated.result} protocol={protocol} />
              {actions ? actions(calculated.inputs, calculated.result) : null}
            </>
          ) : (
            <Text c="dimmed">Choose a protocol, enter the weight and the prepared concentration, then Calculate.</Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
