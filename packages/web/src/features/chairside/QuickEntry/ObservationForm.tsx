import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useRecordObservation } from '../chairside-api';
import { instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';
import { ReasonInput } from './ReasonInput';

/** A nurse's observation, free text with common phrases to tap. */
export function ObservationForm({ sessionId }: { readonly sessionId: string }): ReactNode {
  const record = useRecordObservation(sessionId);
  const [note, setNote] = useState('');
  const [when, setWhen] = useState('');
  const submit = (): void => {
    record.mutate(
      { at: instantOf(when), note: note.trim() },
      {
        onSuccess: () => {
          recorded('Observation recorded');
          setNote('');
          setWhen('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" aria-label="Observation">
      <ReasonInput
        label="Observation"
        value={note}
        onChange={setNote}
        suggestions={['Resting comfortably', 'Eyes closed, calm', 'Mild dissociation, reassured', 'Talking, oriented']}
      />
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label="Record observation"
        disabled={note.trim() === ''}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
