import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconMailPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { LetterEditor, type CareTeamOption } from '../LetterEditor/LetterEditor';
import { LetterList } from '../LetterList/LetterList';
import { useLetters } from '../letters-api';

/** Letters to the patient's care team: a physician drafts and signs; staff record how each was sent. */
export function LettersTab({
  patientId,
  careTeam,
}: {
  readonly patientId: string;
  readonly careTeam: readonly CareTeamOption[];
}): ReactNode {
  const letters = useLetters(patientId);
  const { me } = useAuth();
  const [writing, setWriting] = useState(false);
  const physician = me?.role === 'physician';
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Letters
          </Title>
          <Text size="sm" c="dimmed">
            Progress letters to the referring clinician, therapist or primary care, drafted from the record and signed
            by a physician.
          </Text>
        </Stack>
        {physician && !writing ? (
          <Button
            leftSection={<IconMailPlus size={18} aria-hidden />}
            onClick={() => {
              setWriting(true);
            }}
          >
            Write progress letter
          </Button>
        ) : null}
      </Group>
      {writing ? (
        <LetterEditor
          patientId={patientId}
          careTeam={careTeam}
          onDone={() => {
            setWriting(false);
          }}
        />
      ) : null}
      {letters.isPending ? (
        <Center py="md">
          <Loader aria-label="Loading letters" />
        </Center>
      ) : letters.isError ? (
        <ErrorAlert error={letters.error} title="Letters could not be loaded" />
      ) : (
        <LetterList patientId={patientId} letters={letters.data} />
      )}
    </Stack>
  );
}
