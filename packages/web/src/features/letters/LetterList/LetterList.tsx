import type { LetterView } from '@chairside/contract';
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { letterPdfUrl, useRecordDispatch } from '../letters-api';

const methodLabels: Readonly<Record<string, string>> = {
  print: 'Printed',
  fax: 'Faxed',
  'secure-email': 'Secure email',
};

function DispatchForm({ patientId, letter }: { readonly patientId: string; readonly letter: LetterView }): ReactNode {
  const record = useRecordDispatch(patientId);
  const [method, setMethod] = useState<'print' | 'fax' | 'secure-email'>(letter.recipient.fax ? 'fax' : 'print');
  const [destination, setDestination] = useState(letter.recipient.fax ?? '');
  const choose = (next: typeof method): void => {
    setMethod(next);
    setDestination(
      next === 'fax' ? (letter.recipient.fax ?? '') : next === 'secure-email' ? (letter.recipient.email ?? '') : '',
    );
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <NativeSelect
          label="Sent by"
          value={method}
          data={[
            { value: 'print', label: 'Print / post' },
            { value: 'fax', label: 'Fax' },
            { value: 'secure-email', label: 'Secure email' },
          ]}
          onChange={(e) => {
            choose(e.currentTarget.value as typeof method);
          }}
        />
        {method === 'print' ? null : (
          <TextInput
            label={method === 'fax' ? 'Fax number' : 'Secure email address'}
            value={destination}
            onChange={(e) => {
              setDestination(e.currentTarget.value);
            }}
          />
        )}
        <Button
          variant="light"
          loading={record.isPending}
          onClick={() => {
            record.mutate({
              letterId: letter.id,
              body: {
                method,
                ...(method === 'print' ? {} : { destination }),
                sentAt: new Date().toISOString(),
              },
            });
          }}
        >
          Record as sent now
        </Button>
      </Group>
      {record.isError ? <ErrorAlert error={record.error} title="Not recorded" /> : null}
    </Stack>
  );
}

/** Signed letters, newest first, each with its PDF and where, how and when it was sent. */
export function LetterList({
  patientId,
  letters,
}: {
  readonly patientId: string;
  readonly letters: readonly LetterView[];
}): ReactNode {
  if (letters.length === 0) {
    return <Text c="dimmed">No letters yet.</Text>;
  }
  return (
    <Stack gap="sm">
      {letters.map((letter) => (
        <Paper key={letter.id} withBorder p="md" aria-label={`Letter to ${letter.recipient.name}`}>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>{letter.subject}</Text>
              <Text size="sm">
                To {letter.recipient.name}
                {letter.recipient.organisation ? `, ${letter.recipient.organisation}` : ''} · signed by{' '}
                {letter.signedByName} on {letter.signedAt.slice(0, 10)}
              </Text>
              <Group gap="xs">
                {letter.dispatches.length === 0 ? (
                  <Badge color="yellow" variant="light">
                    Not sent yet
                  </Badge>
                ) : (
                  letter.dispatches.map((d) => (
                    <Badge key={d.id} color="green" variant="light">
                      {methodLabels[d.method] ?? d.method}
                      {d.destination ? ` to ${d.destination}` : ''} · {d.sentAt.slice(0, 16).replace('T', ' ')} ·{' '}
                      {d.byUsername}
                    </Badge>
                  ))
                )}
              </Group>
            </Stack>
            <Anchor href={letterPdfUrl(letter.id)} download>
              <Group gap={4}>
                <IconDownload size={16} aria-hidden />
                Download PDF
              </Group>
            </Anchor>
          </Group>
          <DispatchForm patientId={patientId} letter={letter} />
        </Paper>
      ))}
    </Stack>
  );
}
