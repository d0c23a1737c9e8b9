import type { DoseInputs } from '@chairside/contract';
import type { DoseResult } from '@chairside/domain';
import { Alert, Button, Divider, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { DoseCalculator } from '../DoseCalculator/DoseCalculator';
import { DosePlanList } from '../DosePlanList/DosePlanList';
import { useRecordDosePlan } from '../dosing-api';

const recordedColor = { approved: 'green', 'awaiting-cosign': 'orange', refused: 'red', superseded: 'gray' } as const;
const recordedWords = {
  approved: 'Dose plan recorded and approved.',
  'awaiting-cosign': 'Dose plan recorded. It is approved once a physician co-signs it in Dose plans above.',
  refused: 'The attempt is recorded as refused: a hard-stop dose cannot be approved.',
  superseded: 'Dose plan recorded.',
} as const;

function RecordPlan({
  patientId,
  inputs,
  result,
}: {
  patientId: string;
  inputs: DoseInputs;
  result: DoseResult;
}): ReactNode {
  const record = useRecordDosePlan(patientId);
  const [reason, setReason] = useState('');
  const errors = record.error instanceof ApiError ? record.error.fieldErrorMap() : {};
  if (record.isSuccess) {
    const status = record.data.status;
    return (
      <Alert color={recordedColor[status]} mt="md" role="status">
        {recordedWords[status]}
      </Alert>
    );
  }
  const submit = (): void => {
    record.mutate({ inputs, ...(result.status === 'soft-stop' ? { softStopReason: reason } : {}) });
  };
  return (
    <Stack gap="xs" mt="md">
      <Divider />
      {result.status === 'hard-stop' ? (
        <Alert color="red" title="This dose cannot be approved">
          A hard-stop has no override. Change the dose or the preparation. You may record the attempt: it is kept as
          refused.
        </Alert>
      ) : null}
      {result.status === 'soft-stop' ? (
        <Textarea
          label="Reason for going past the soft limit"
          description="Required. A physician then co-signs before the plan is approved."
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
          error={errors['softStopReason']}
          autosize
          minRows={2}
          required
        />
      ) : null}
      {record.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={record.error} /> : null}
      {Object.entries(errors)
        .filter(([field]) => field !== 'softStopReason')
        .map(([field, message]) => (
          <Text key={field} c="red" size="sm">
            {field.replace(/^inputs\//, '')}: {message}
          </Text>
        ))}
      <Button
        onClick={submit}
        loading={record.isPending}
        color={result.status === 'hard-stop' ? 'red' : result.status === 'soft-stop' ? 'orange' : 'blue'}
        variant={result.status === 'hard-stop' ? 'outline' : 'filled'}
      >
        {result.status === 'hard-stop'
          ? 'Record as refused'
          : result.status === 'soft-stop'
            ? 'Record plan for co-sign'
            : 'Record dose plan'}
      </Button>
    </Stack>
  );
}

/** The chart's Dose plan tab: calculate for this patient, record the plan, see and co-sign plans. */
export function DosePlanTab({
  patientId,
  sexAtBirth,
}: {
  readonly patientId: string;
  readonly sexAtBirth: string;
}): ReactNode {
  const sex = sexAtBirth === 'female' || sexAtBirth === 'male' ? sexAtBirth : undefined;
  return (
    <Stack gap="lg">
      <DosePlanList patientId={patientId} />
      <Title order={2} size="h4">
        New dose plan
      </Title>
      <DoseCalculator
        {...(sex ? { sexAtBirth: sex } : {})}
        actions={(inputs, result) => (
          <RecordPlan key={JSON.stringify(inputs)} patientId={patientId} inputs={inputs} result={result} />
        )}
      />
    </Stack>
  );
}
