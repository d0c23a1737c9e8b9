import { useAutoRefresh } from '../../../app/useAutoRefresh';
import type { TaskView } from '@chairside/contract';
import {
  Anchor,
  Badge,
  Button,
  Center,
  Container,
  Group,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { useAuth } from '../../../app/auth/auth-context';
import { formatDateTime } from '../../../lib/format';
import { useCompleteTask, useTasks } from '../tasks-api';

/** Work for staff, urgent first: a suicide-risk answer must never sit unseen. */
export function TasksPage(): ReactNode {
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const tasks = useTasks(status, useAutoRefresh(30_000));
  const [closing, setClosing] = useState<TaskView | null>(null);
  return (
    <Container size="lg" py="md">
      <PageHeader title="Tasks" />
      <SegmentedControl
        mb="md"
        value={status}
        onChange={(v) => {
          setStatus(v === 'done' ? 'done' : 'open');
        }}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'done', label: 'Done' },
        ]}
        aria-label="Which tasks"
      />
      {tasks.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading tasks" />
        </Center>
      ) : tasks.isError ? (
        <ErrorAlert error={tasks.error} title="Tasks could not be loaded" />
      ) : tasks.data.length === 0 ? (
        <Text c="dimmed">No {status} tasks.</Text>
      ) : (
        <Stack gap="sm">
          {tasks.data.map((task) => (
            <TaskCard
              key={task.id}
              task={task}
              onClose={() => {
                setClosing(task);
              }}
            />
          ))}
        </Stack>
      )}
      {closing ? (
        <CloseTaskModal
          task={closing}
          onClose={() => {
            setClosing(null);
          }}
        />
      ) : null}
    </Container>
  );
}

function TaskCard({ task, onClose }: { readonly task: TaskView; readonly onClose: () => void }): ReactNode {
  const { me } = useAuth();
  const urgent = task.priority === 'urgent' && task.status === 'open';
  const canClose = me?.role === 'physician' || me?.role === 'nurse';
  return (
    <Paper
      withBorder
      p="md"
      data-testid="task-card"
      style={
        urgent
          ? { borderColor: 'var(--mantine-color-red-7)', borderWidth: 2, background: 'var(--mantine-color-red-0)' }
          : undefined
      }
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            {task.priority === 'urgent' ? (
              <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
                Urgent
              </Badge>
            ) : null}
            <Text fw={700} c={urgent ? 'red.9' : 'dark'}>
              {task.title}
            </Text>
          </Group>
          <Text>
            <Anchor component={Link} to={`/patients/${task.patient.id}/outcomes`} fw={600}>
              {task.patient.name}
            </Anchor>{' '}
            <Text span c="dimmed" size="sm">
              {task.patient.mrn}
            </Text>
          </Text>
          <Text size="sm">{task.detail}</Text>
          <Text size="xs" c="dimmed">
            Raised {formatDateTime(task.createdAt)} · for {task.assignedRole ?? 'anyone'}
          </Text>
          {task.completed ? (
            <Text size="sm">
              Done {formatDateTime(task.completed.at)} by {task.completed.by}: {task.completed.note}
            </Text>
          ) : null}
        </Stack>
        {task.status === 'open' && canClose ? (
          <Button color={urgent ? 'red' : 'blue'} onClick={onClose} style={{ flexShrink: 0 }}>
            Complete…
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

function CloseTaskModal({ task, onClose }: { readonly task: TaskView; readonly onClose: () => void }): ReactNode {
  const [note, setNote] = useState('');
  const complete = useCompleteTask();
  return (
    <Modal opened onClose={onClose} title={`Complete: ${task.title}`}>
      <Stack>
        <Text size="sm">{task.patient.name}</Text>
        <Textarea
          label="What was done"
          description="E.g. structured risk assessment, risk level, safety plan, who was contacted"
          required
          minRows={3}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
          }}
          {...(complete.isError ? { error: complete.error.message } : {})}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={complete.isPending}
            disabled={note.trim() === ''}
            onClick={() => {
              complete.mutate({ id: task.id, note }, { onSuccess: onClose });
            }}
          >
            Mark done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
