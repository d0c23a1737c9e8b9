import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { FindingLine } from '../ScreeningResultView/ScreeningResultView';
import { useSignScreening, type ScreeningRecord } from '../screening-api';

interface SignPanelProps {
  readonly patientId: string;
  readonly screening: ScreeningRecord;
  readonly canSign: boolean;
}

/** The signed decision, read-only: who signed, when, and the note given for each soft-stop. */
function SignedView({ screening }: { readonly screening: ScreeningRecord }): ReactNode {
  const s = screening.signature;
  if (!s) {
    return null;
  }
  return (
    <Paper withBorder p="md" component="section" aria-label="Signed decision">
      <Title order={3} size="h5">
        Signed {s.decision} by {s.signedBy} · {formatDateTime(s.signedAt)}
      </Title>
      <Text size="sm" c="dimmed">
        Frozen with the signature: findings and protocol {screening.protocolRef} as evaluated. A new evaluation makes a
        new record.
      </Text>
      {s.softStopNotes.map((n) => (
        <Text key={n.findingIndex} size="sm" mt="xs">
          <b>{screening.result.findings[n.findingIndex]?.message}</b> — {n.note}
        </Text>
      ))}
      {s.note ? (
        <Text size="sm" mt="xs">
          Note: {s.note}
        </Text>
      ) : null}
    </Paper>
  );
}

/** The physician's sign-off: a note for every soft-stop accepted, warnings acknowledged. */
export function SignPanel({ patientId, screening, canSign }: SignPanelProps): ReactNode {
  const sign = useSignScreening(patientId, screening.id);
  const findings = screening.result.findings;
  const hasHardStop = findings.some((f) => f.severity === 'hard-stop');
  const [decision, setDecision] = useState<'eligible' | 'ineligible'>(hasHardStop ? 'ineligible' : 'eligible');
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const [note, setNote] = useState('');
  if (screening.signature) {
    return <SignedView screening={screening} />;
  }
  if (!canSign) {
    return (
      <Alert color="gray" title="Awaiting a physician’s signature">
        Only a physician can sign a screening decision.
      </Alert>
    );
  }
  const errors = fieldErrorsOf(sign.error);
  const softStops = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === 'soft-stop');
  const hasWarnings = findings.some((f) => f.severity === 'warning');
  const submit = (): void => {
    sign.mutate({
      decision,
      softStopNotes:
        decision === 'eligible'
          ? softStops
              .filter(({ i }) => (notes[i] ?? '').trim() !== '')
              .map(({ i }) => ({ findingIndex: i, note: notes[i] ?? '' }))
          : [],
      warningsAcknowledged: acknowledged,
      ...(note.trim() ? { note } : {}),
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Physician sign-off">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Physician sign-off
        </Title>
        <Radio.Group
          label="Decision"
          value={decision}
          onChange={(v) => {
            setDecision(v === 'ineligible' ? 'ineligible' : 'eligible');
          }}
        >
          <Group mt={4}>
            <Radio value="eligible" label="Eligible" disabled={hasHardStop} />
            <Radio value="ineligible" label="Ineligible" />
          </Group>
        </Radio.Group>
        {hasHardStop ? (
          <Text size="sm" c="red">
            A hard-stop applies: this screening can only be signed as ineligible.
          </Text>
        ) : null}
        {decision === 'eligible'
          ? softStops.map(({ f, i }) => (
              <Stack key={i} gap={4}>
                <FindingLine finding={f} />
                <Textarea
                  label="Why this soft-stop is accepted"
                  required
                  autosize
                  minRows={2}
                  value={notes[i] ?? ''}
                  error={errors[`softStopNotes/${String(i)}`]}
                  onChange={(e) => {
                    setNotes({ ...notes, [i]: e.currentTarget.value });
                  }}
                />
              </Stack>
            ))
          : null}
        {decision === 'eligible' && hasWarnings ? (
          <Checkbox
            label="I have reviewed and acknowledge the warnings"
            checked={acknowledged}
            error={errors['warningsAcknowledged']}
            onChange={(e) => {
              setAcknowledged(e.currentTarget.checked);
            }}
          />
        ) : null}
        <Textarea
          label="Note (optional)"
          autosize
          minRows={1}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
          }}
        />
        {sign.isError ? <ErrorAlert error={sign.error} title="Not signed" /> : null}
        <Group justify="flex-end">
          <Button onClick={submit} loading={sign.isPending} color={decision === 'eligible' ? 'teal' : 'red'}>
            Sign as {decision}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
