import type { PortalAssignmentView, PortalSubmitResult } from '@chairside/contract';
import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useSubmitQuestionnaire } from '../portal-api';

interface QuestionnaireRunnerProps {
  readonly assignment: PortalAssignmentView;
  readonly onDone: (result: PortalSubmitResult) => void;
  readonly onCancel: () => void;
}

/** One question per screen with large answer buttons; a skipped question stays unanswered (never guessed). */
export function QuestionnaireRunner({ assignment, onDone, onCancel }: QuestionnaireRunnerProps): ReactNode {
  const { scale } = assignment;
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, number | null>>({});
  const submit = useSubmitQuestionnaire(assignment.id);
  const item = scale.items[index];
  const answer = (value: number | null): void => {
    if (!item) {
      return;
    }
    setAnswers({ ...answers, [item.id]: value });
    setIndex(index + 1);
  };
  if (!item) {
    const answered = scale.items.filter((i) => answers[i.id] !== undefined && answers[i.id] !== null).length;
    return (
      <Stack gap="lg">
        <Title order={2} size="h3">
          Ready to send
        </Title>
        <Text size="lg">
          You answered {answered} of {scale.items.length} questions.
          {answered < scale.items.length ? ' Unanswered questions are left blank; the form will not be scored.' : ''}
        </Text>
        {submit.isError ? <ErrorAlert error={submit.error} title="Not sent" /> : null}
        <Button
          size="xl"
          loading={submit.isPending}
          onClick={() => {
            submit.mutate(
              { answers: scale.items.map((i) => ({ itemId: i.id, value: answers[i.id] ?? null })) },
              { onSuccess: onDone },
            );
          }}
        >
          Send my answers
        </Button>
        <Button
          size="lg"
          variant="default"
          onClick={() => {
            setIndex(scale.items.length - 1);
          }}
        >
          Back
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fw={600}>{scale.abbreviation}</Text>
        <Text>
          Question {index + 1} of {scale.items.length}
        </Text>
      </Group>
      <Progress value={(index / scale.items.length) * 100} aria-hidden />
      {scale.instructions ? <Text c="dimmed">{scale.instructions}</Text> : null}
      <Text className="portal-question" fw={600} id={`q-${item.id}`}>
        {item.label}
      </Text>
      <Stack gap="sm" role="group" aria-labelledby={`q-${item.id}`}>
        {scale.answerOptions.map((option) => (
          <Button
            key={option.value}
            className="portal-answer"
            size="xl"
            fullWidth
            variant={answers[item.id] === option.value ? 'filled' : 'light'}
            onClick={() => {
              answer(option.value);
            }}
          >
            {option.label}
          </Button>
        ))}
      </Stack>
      <Group grow>
        <Button
          size="lg"
          variant="default"
          onClick={() => {
            if (index === 0) {
              onCancel();
            } else {
              setIndex(index - 1);
            }
          }}
        >
          {index === 0 ? 'Cancel' : 'Back'}
        </Button>
        <Button
          size="lg"
          variant="subtle"
          onClick={() => {
            answer(null);
          }}
        >
          Skip question
        </Button>
      </Group>
    </Stack>
  );
}
