import { Stack, Textarea } from '@mantine/core';
import type { RecordAdverseEventBody } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { useRecordAdverseEvent } from '../chairside-api';
import { ChoiceButtons } from '../ChoiceButtons/ChoiceButtons';
import { instantOf, recorded, SubmitRow, WhenInput } from './entry-kit';

type Kind = RecordAdverseEventBody['kind'];
type Severity = RecordAdverseEventBody['severity'];

const kinds: readonly { value: Kind; label: string }[] = [
  { value: 'nausea', label: 'Nausea' },
  { value: 'vomiting', label: 'Vomiting' },
  { value: 'anxiety-emergence', label: 'Anxiety / emergence' },
  { value: 'hypertension', label: 'Hypertension' },
  { value: 'other', label: 'Other' },
];
const severities: readonly { value: Severity; label: string }[] = [
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

export function AdverseEventForm({ sessionId }: { readonly sessionId: string }): ReactNode {
  const record = useRecordAdverseEvent(sessionId);
  const [kind, setKind] = useState<Kind | null>(null);
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [description, setDescription] = useState('');
  const [when, setWhen] = useState('');
  const ready = kind !== null && severity !== null && (kind !== 'other' || description.trim() !== '');
  const submit = (): void => {
    if (kind === null || severity === null) {
      return;
    }
    record.mutate(
      {
        at: instantOf(when),
        kind,
        severity,
        ...(description.trim() === '' ? {} : { description: description.trim() }),
      },
      {
        onSuccess: () => {
          recorded('Adverse event recorded');
          setKind(null);
          setSeverity(null);
          setDescription('');
          setWhen('');
        },
      },
    );
  };
  return (
    <Stack gap="sm" aria-label="Adverse event">
      <ChoiceButtons label="Adverse event" choices={kinds} value={kind} onChange={setKind} columns={3} />
      <ChoiceButtons label="Severity" choices={severities} value={severity} onChange={setSeverity} />
      <Textarea
        label={kind === 'other' ? 'Description' : 'Description (optional)'}
        required={kind === 'other'}
        size="md"
        autosize
        minRows={2}
        maxLength={2000}
        value={description}
        onChange={(e) => {
          setDescription(e.currentTarget.value);
        }}
      />
      <WhenInput value={when} onChange={setWhen} />
      <SubmitRow
        label="Record adverse event"
        colour="orange"
        disabled={!ready}
        pending={record.isPending}
        error={record.error}
        onSubmit={submit}
      />
    </Stack>
  );
}
