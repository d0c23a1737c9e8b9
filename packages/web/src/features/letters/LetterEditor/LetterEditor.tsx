import type { LetterDraftView } from '@chairside/contract';
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useDraftLetter, useSignLetter, type Recipient } from '../letters-api';

export interface CareTeamOption {
  readonly role: Recipient['role'];
  readonly name: string;
  readonly organisation?: string;
  readonly fax?: string;
  readonly email?: string;
}

const roleLabels: Readonly<Record<Recipient['role'], string>> = {
  referring_clinician: 'Referring clinician',
  primary_care: 'Primary care',
  therapist: 'Therapist',
  psychiatrist: 'Psychiatrist',
  other: 'Other',
};

function RecipientPicker({
  careTeam,
  onDraft,
  pending,
}: {
  readonly careTeam: readonly CareTeamOption[];
  readonly onDraft: (recipient: Recipient) => void;
  readonly pending: boolean;
}): ReactNode {
  const [index, setIndex] = useState(careTeam.length > 0 ? '0' : 'new');
  const [manual, setManual] = useState<Recipient>({ role: 'therapist', name: '' });
  const member = careTeam[Number(index)];
  // Only what a letter carries: a care-team entry also has a phone number, which letters do not use.
  const chosen: Recipient | undefined =
    index === 'new'
      ? manual
      : member && {
          role: member.role,
          name: member.name,
          ...(member.organisation ? { organisation: member.organisation } : {}),
          ...(member.fax ? { fax: member.fax } : {}),
          ...(member.email ? { email: member.email } : {}),
        };
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Letter to"
        value={index}
        onChange={(e) => {
          setIndex(e.currentTarget.value);
        }}
        data={[
          ...careTeam.map((m, i) => ({ value: String(i), label: `${m.name} (${roleLabels[m.role]})` })),
          { value: 'new', label: 'Someone not in the care team…' },
        ]}
      />
      {index === 'new' ? (
        <Group grow>
          <NativeSelect
            label="Role"
            value={manual.role}
            data={Object.entries(roleLabels).map(([value, label]) => ({ value, label }))}
            onChange={(e) => {
              setManual({ ...manual, role: e.currentTarget.value as Recipient['role'] });
            }}
          />
          <TextInput
            label="Name"
            value={manual.name}
            onChange={(e) => {
              setManual({ ...manual, name: e.currentTarget.value });
            }}
          />
        </Group>
      ) : null}
      <Group>
        <Button
          loading={pending}
          disabled={!chosen || chosen.name.trim() === ''}
          onClick={() => {
            if (chosen) {
              onDraft(chosen);
            }
          }}
        >
          Draft from the record
        </Button>
      </Group>
    </Stack>
  );
}

/** Draft a progress letter from the record, edit every section, then sign it. */
export function LetterEditor({
  patientId,
  careTeam,
  onDone,
}: {
  readonly patientId: string;
  readonly careTeam: readonly CareTeamOption[];
  readonly onDone: () => void;
}): ReactNode {
  const draft = useDraftLetter(patientId);
  const sign = useSignLetter(patientId);
  const [letter, setLetter] = useState<LetterDraftView | null>(null);

  if (letter === null) {
    return (
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          New progress letter
        </Title>
        <RecipientPicker
          careTeam={careTeam}
          pending={draft.isPending}
          onDraft={(recipient) => {
            draft.mutate(recipient, { onSuccess: setLetter });
          }}
        />
        {draft.isError ? <ErrorAlert error={draft.error} title="The letter could not be drafted" /> : null}
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Progress letter to {letter.recipient.name}
        </Title>
        <Text size="sm" c="dimmed">
          Drafted from the record. Read and edit every section; the score chart is drawn from the record when you sign.
        </Text>
        <TextInput
          label="Subject"
          value={letter.subject}
          onChange={(e) => {
            setLetter({ ...letter, subject: e.currentTarget.value });
          }}
        />
        {letter.sections.map((section, i) => (
          <Textarea
            key={section.heading}
            label={section.heading}
            autosize
            minRows={2}
            value={section.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setLetter({
                ...letter,
                sections: letter.sections.map((s, j) => (j === i ? { ...s, text } : s)),
              });
            }}
          />
        ))}
        {sign.isError ? <ErrorAlert error={sign.error} title="The letter was not signed" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Discard
          </Button>
          <Button
            loading={sign.isPending}
            onClick={() => {
              sign.mutate(
                { recipient: letter.recipient, subject: letter.subject, sections: letter.sections },
                { onSuccess: onDone },
              );
            }}
          >
            Sign letter
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
