import type { RecordedResponseView, ScaleView } from '@chairside/contract';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useEnterResponse, useScales } from '../outcomes-api';

interface EnterResponseModalProps {
  readonly patientId: string;
  readonly onClose: () => void;
}

/** Staff enter a questionnaire on the patient's behalf; unanswered items stay unanswered (never imputed). */
export function EnterResponseModal({ patientId, onClose }: EnterResponseModalProps): ReactNode {
  const scales = useScales();
  const [scaleId, setScaleId] = useState<string | null>('phq-9');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const enter = useEnterResponse(patientId);
  const scale = scales.data?.find((s) => s.id === scaleId);
  const submit = (): void => {
    if (!scale) {
      return;
    }
    enter.mutate({
      scaleId: scale.id,
      answers: scale.items.map((item) => ({ itemId: item.id, value: answers[item.id] ?? null })),
    });
  };
  return (
    <Modal opened onClose={onClose} title="Enter a questionnaire" size="lg">
      {enter.isSuccess ? (
        <Recorded result={enter.data} onClose={onClose} />
      ) : (
        <Stack>
          <Select
            label="Scale"
            data={(scales.data ?? []).map((s) => ({ value: s.id, label: `${s.abbreviation} — ${s.title}` }))}
            value={scaleId}
            onChange={(next) => {
              setScaleId(next);
              setAnswers({});
            }}
            allowDeselect={false}
          />
          {scale ? (
            <ScaleItems
              scale={scale}
              answers={answers}
              onAnswer={(id, v) => {
                setAnswers({ ...answers, [id]: v });
              }}
            />
          ) : null}
          {enter.isError ? <ErrorAlert error={enter.error} title="Not saved" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={submit} loading={enter.isPending} disabled={!scale}>
              Save response
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function ScaleItems(props: {
  readonly scale: ScaleView;
  readonly answers: Readonly<Record<string, number>>;
  readonly onAnswer: (itemId: string, value: number) => void;
}): ReactNode {
  const { scale, answers, onAnswer } = props;
  return (
    <Stack gap="md">
      {scale.instructions ? <Text size="sm">{scale.instructions}</Text> : null}
      {!scale.licence.itemTextIncluded ? (
        <Text size="sm" c="dimmed">
          Item wording is not reproduced (licence); use the clinic's licensed form and enter the answers by item number.
        </Text>
      ) : null}
      {scale.items.map((item) => (
        <Radio.Group
          key={item.id}
          label={`${item.number}. ${item.label}`}
          value={answers[item.id] === undefined ? null : String(answers[item.id])}
          onChange={(v) => {
            onAnswer(item.id, Number(v));
          }}
        >
          <Group gap="sm" mt={4}>
            {scale.answerOptions.map((o) => (
              <Radio key={o.value} value={String(o.value)} label={o.label} />
            ))}
          </Group>
        </Radio.Group>
      ))}
    </Stack>
  );
}

function Recorded({
  result,
  onClose,
}: {
  readonly result: RecordedResponseView;
  readonly onClose: () => void;
}): ReactNode {
  const r = result.response;
  return (
    <Stack>
      {result.suicideRisk ? (
        <Alert
          color="red"
          variant="filled"
          icon={<IconAlertTriangle />}
          title="Suicide risk: urgent task raised"
          role="alert"
        >
          {r.flags.map((f) => f.message).join(' ')} An urgent task is on the physician's Tasks list.
        </Alert>
      ) : null}
      {r.complete ? (
        <Text size="lg">
          Saved. Total <b>{r.total}</b>
          {r.band ? ` (${r.band.label})` : ''}.
        </Text>
      ) : (
        <Alert color="yellow" title="Saved as incomplete">
          {r.missingItems.length} item(s) unanswered: kept, but not scored (never imputed).
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
