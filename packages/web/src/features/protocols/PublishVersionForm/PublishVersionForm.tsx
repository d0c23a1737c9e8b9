import type { DoseLimitInput, PublishProtocolVersionBody } from '@chairside/contract';
import type { DoseLimit, Protocol } from '@chairside/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { checkText } from '../ProtocolViewer/ProtocolViewer';
import { usePublishProtocolVersion } from '../protocols-api';

/** The defaults a medical director may change, by dose mode (mirrors the server's list). */
const defaultFields: Readonly<Record<Protocol['dose']['mode'], readonly [string, string][]>> = {
  'mg-per-kg-over-duration': [
    ['defaultDoseMgPerKg', 'Default dose, mg/kg'],
    ['defaultDurationMin', 'Default duration, min'],
  ],
  'mg-per-kg-per-hour-infusion': [
    ['defaultInfusionMgPerKgPerHour', 'Default infusion, mg/kg/h'],
    ['defaultDurationMin', 'Default duration, min'],
    ['defaultBolusMgPerKg', 'Default bolus, mg/kg (empty = none)'],
  ],
  'mg-per-kg-single-injection': [['defaultDoseMgPerKg', 'Default dose, mg/kg']],
  'fixed-mg-devices': [
    ['firstSessionDoseMg', 'First session dose, mg'],
    ['deviceIntervalMin', 'Minutes between devices'],
  ],
};

const inputOf = (limit: DoseLimit): DoseLimitInput => {
  const { version: _v, ...rest } = limit;
  return { ...rest, check: { ...limit.check } } as DoseLimitInput;
};

function bodyOf(
  protocol: Protocol,
  dose: Record<string, number | string>,
  limits: DoseLimitInput[],
  reason: string,
  title: string,
): PublishProtocolVersionBody {
  const defaults: Record<string, number | null> = {};
  for (const [key] of defaultFields[protocol.dose.mode]) {
    const value = dose[key];
    defaults[key] = value === '' || value === undefined ? null : Number(value);
  }
  return { basedOnVersion: protocol.version, reason, title, dose: defaults, limits };
}

interface PublishVersionFormProps {
  readonly protocol: Protocol;
  readonly onClose: () => void;
  readonly onPublished: (version: number) => void;
}

/** The medical director's form: defaults and thresholds, a reason; the server's faults shown at the field. */
export function PublishVersionForm({ protocol, onClose, onPublished }: PublishVersionFormProps): ReactNode {
  const publish = usePublishProtocolVersion(protocol.id);
  const [dose, setDose] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(Object.entries(protocol.dose).map(([k, v]) => [k, v === null ? '' : (v as number | string)])),
  );
  const [limits, setLimits] = useState<DoseLimitInput[]>(() => protocol.limits.map(inputOf));
  const [reason, setReason] = useState('');
  const [title, setTitle] = useState(protocol.title);
  const errors = publish.error instanceof ApiError ? publish.error.fieldErrorMap() : {};
  const shown = new Set([
    'reason',
    'title',
    ...defaultFields[protocol.dose.mode].map(([k]) => `dose/${k}`),
    ...limits.map((_, i) => `limits/${i}`),
  ]);
  const other = Object.entries(errors).filter(([field]) => !shown.has(field));
  const setThreshold = (index: number, value: number | string): void => {
    setLimits(
      limits.map((l, i) =>
        i === index && (l.check.kind === 'above' || l.check.kind === 'below')
          ? { ...l, check: { ...l.check, threshold: Number(value) } }
          : l,
      ),
    );
  };
  return (
    <Modal opened onClose={onClose} title={`Publish version ${protocol.version + 1} of ${protocol.id}`} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate(bodyOf(protocol, dose, limits, reason, title), {
            onSuccess: (saved) => {
              onPublished(saved.version);
            },
          });
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            You may change defaults and limits. Hard and label limits may be tightened, never loosened; the server
            checks every change.
          </Text>
          <TextInput
            label="Title"
            description="Names the usual dose: update it when a default changes"
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
            }}
            error={errors['title']}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {defaultFields[protocol.dose.mode].map(([key, label]) => (
              <NumberInput
                key={key}
                label={label}
                value={dose[key] ?? ''}
                onChange={(v) => {
                  setDose({ ...dose, [key]: v });
                }}
                error={errors[`dose/${key}`]}
                decimalScale={3}
                step={0.05}
                min={0}
              />
            ))}
          </SimpleGrid>
          <Table verticalSpacing={4} aria-label="Limits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Limit</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Threshold</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {limits.map((limit, index) => (
                <Table.Tr key={limit.id}>
                  <Table.Td>
                    <Text size="sm">{limit.message}</Text>
                    <Text size="xs" c="dimmed">
                      {limit.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={limit.severity === 'hard-stop' ? 'red' : 'orange'}>{limit.severity}</Badge>
                    {limit.labelLimit ? (
                      <Badge ml={4} color="dark" variant="outline">
                        label
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td w={220}>
                    {limit.check.kind === 'above' || limit.check.kind === 'below' ? (
                      <NumberInput
                        aria-label={`Threshold of ${limit.id}`}
                        leftSection={<Text size="xs">{limit.check.kind === 'above' ? '>' : '<'}</Text>}
                        value={limit.check.threshold}
                        onChange={(v) => {
                          setThreshold(index, v);
                        }}
                        error={errors[`limits/${index}`]}
                        decimalScale={3}
                        step={0.05}
                      />
                    ) : (
                      <Text size="sm">{checkText({ ...limit, version: 0 })}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Textarea
            label="Reason for this version"
            description="Shown in the version history"
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            error={errors['reason']}
            required
            autosize
            minRows={2}
          />
          {publish.isError && (other.length > 0 || Object.keys(errors).length === 0) ? (
            <Alert color="red" title="Not published">
              {other.length > 0
                ? other.map(([field, message]) => (
                    <div key={field}>
                      {field}: {message}
                    </div>
                  ))
                : publish.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={publish.isPending}>
              Publish version {protocol.version + 1}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
