import type { GoalView } from '@chairside/contract';
import { allGoalAreas, goalAreaLabel } from '@chairside/domain';
import {
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { usePatientCourses } from '../../scheduling/scheduling-api';
import { useAddGoal, useGoals, useRateGoal } from '../care-plan-api';

/** The goals agreed with the patient for their courses, rated 0–10, beside the scale scores. */
export function CarePlanGoals({ patientId }: { readonly patientId: string }): ReactNode {
  const goals = useGoals(patientId);
  const courses = usePatientCourses(patientId);
  const { me } = useAuth();
  const clinician = me?.role === 'physician' || me?.role === 'nurse';
  const activeCourse = courses.data?.find((c) => c.status === 'active');
  const [adding, setAdding] = useState(false);
  const [rating, setRating] = useState<GoalView | null>(null);
  return (
    <Card withBorder padding="md" component="section" aria-label="Care-plan goals">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <IconTarget aria-hidden />
          <Title order={2} size="h4">
            Care-plan goals
          </Title>
        </Group>
        {clinician && activeCourse ? (
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setAdding(true);
            }}
          >
            Add goal
          </Button>
        ) : null}
      </Group>
      {goals.isPending ? (
        <Loader size="sm" aria-label="Loading goals" />
      ) : goals.isError ? (
        <ErrorAlert error={goals.error} title="Goals could not be loaded" />
      ) : goals.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {activeCourse
            ? 'No goals agreed yet. Agree one or two with the patient, e.g. walking, work, sleep or daily function.'
            : 'Goals are agreed for a course; start one on the Course tab.'}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {goals.data.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              onRate={
                clinician
                  ? () => {
                      setRating(goal);
                    }
                  : undefined
              }
            />
          ))}
        </SimpleGrid>
      )}
      {adding && activeCourse ? (
        <AddGoalModal
          patientId={patientId}
          courseId={activeCourse.id}
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : null}
      {rating ? (
        <RateGoalModal
          patientId={patientId}
          goal={rating}
          onClose={() => {
            setRating(null);
          }}
        />
      ) : null}
    </Card>
  );
}

function GoalCard({ goal, onRate }: { readonly goal: GoalView; readonly onRate: (() => void) | undefined }): ReactNode {
  const latest = goal.progress.latest;
  return (
    <Card withBorder padding="sm" component="article" aria-label={`Goal: ${goal.description}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {goal.areaLabel}
          </Text>
          <Text fw={600}>{goal.description}</Text>
        </Stack>
        {goal.progress.met ? (
          <Badge color="green">Target met</Badge>
        ) : latest === null ? (
          <Badge color="gray" variant="light">
            Not rated yet
          </Badge>
        ) : null}
      </Group>
      <Group gap="lg" mt="xs" align="flex-end">
        <Text size="sm">
          Now <b>{latest ?? '—'}</b>/10 · target <b>{goal.targetRating}</b> · at agreement {goal.baselineRating}
        </Text>
        <Sparkline goal={goal} />
      </Group>
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {goal.ratings.length} rating{goal.ratings.length === 1 ? '' : 's'}
          {goal.ratings.length > 0
            ? ` · last ${formatDateTime(goal.ratings[goal.ratings.length - 1]?.ratedAt ?? null)}`
            : ''}
        </Text>
        {onRate ? (
          <Button size="compact-sm" variant="default" onClick={onRate}>
            Rate…
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}

/** Ratings over time on a 0–10 axis, with the target as a dashed line. */
function Sparkline({ goal }: { readonly goal: GoalView }): ReactNode {
  const width = 140;
  const height = 36;
  const y = (v: number): number => height - 2 - (v / 10) * (height - 4);
  const values = [goal.baselineRating, ...goal.ratings.map((r) => r.rating)];
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${String(i * step)},${String(y(v))}`).join(' ');
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`Ratings ${values.join(', ')}; target ${String(goal.targetRating)}`}
    >
      <line
        x1={0}
        x2={width}
        y1={y(goal.targetRating)}
        y2={y(goal.targetRating)}
        stroke="#2f9e44"
        strokeDasharray="4 3"
      />
      <polyline points={points} fill="none" stroke="#1c7ed6" strokeWidth={2} />
      {values.map((v, i) => (
        <circle key={i} cx={i * step} cy={y(v)} r={2.5} fill="#1c7ed6" />
      ))}
    </svg>
  );
}

function AddGoalModal(props: {
  readonly patientId: string;
  readonly courseId: string;
  readonly onClose: () => void;
}): ReactNode {
  const add = useAddGoal(props.patientId);
  const [area, setArea] = useState<string | null>('daily-function');
  const [description, setDescription] = useState('');
  const [baseline, setBaseline] = useState<number | string>('');
  const [target, setTarget] = useState<number | string>('');
  const submit = (): void => {
    add.mutate(
      {
        courseId: props.courseId,
        area: area ?? '',
        description,
        baselineRating: typeof baseline === 'number' ? baseline : Number.NaN,
        targetRating: typeof target === 'number' ? target : Number.NaN,
      },
      { onSuccess: props.onClose },
    );
  };
  return (
    <Modal opened onClose={props.onClose} title="Agree a goal with the patient">
      <Stack>
        <Select
          label="Area"
          data={allGoalAreas.map((a) => ({ value: a, label: goalAreaLabel[a] }))}
          value={area}
          onChange={setArea}
          allowDeselect={false}
        />
        <TextInput
          label="Goal, in the patient's words"
          maxLength={200}
          value={description}
          onChange={(e) => {
            setDescription(e.currentTarget.value);
          }}
        />
        <Group grow>
          <NumberInput
            label="Rating now (0–10)"
            min={0}
            max={10}
            allowDecimal={false}
            value={baseline}
            onChange={setBaseline}
          />
          <NumberInput
            label="Target (0–10)"
            min={0}
            max={10}
            allowDecimal={false}
            value={target}
            onChange={setTarget}
          />
        </Group>
        <Text size="xs" c="dimmed">
          0 = not at all, 10 = fully achieved. The patient rates it regularly; the target is met when a rating reaches
          it.
        </Text>
        {add.isError ? <ErrorAlert error={add.error} title="Not saved" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={add.isPending}>
            Save goal
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RateGoalModal(props: {
  readonly patientId: string;
  readonly goal: GoalView;
  readonly onClose: () => void;
}): ReactNode {
  const rate = useRateGoal(props.patientId);
  const [value, setValue] = useState<number | string>('');
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={props.onClose} title={`Rating: ${props.goal.description}`}>
      <Stack>
        <NumberInput
          label="The patient's rating today (0–10)"
          min={0}
          max={10}
          allowDecimal={false}
          value={value}
          onChange={setValue}
        />
        <Textarea
          label="Note (optional)"
          maxLength={1000}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
          }}
        />
        {rate.isError ? <ErrorAlert error={rate.error} title="Not saved" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button
            loading={rate.isPending}
            onClick={() => {
              rate.mutate(
                {
                  goalId: props.goal.id,
                  rating: typeof value === 'number' ? value : Number.NaN,
                  ratedAt: null,
                  note: note.trim() === '' ? null : note,
                },
                { onSuccess: props.onClose },
              );
            }}
          >
            Save rating
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
