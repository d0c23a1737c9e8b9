import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ConsentForm } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { useMe } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useRecordConsent } from '../consent-api';
import { SignaturePad } from '../SignaturePad/SignaturePad';

interface ConsentCaptureProps {
  readonly patientId: string;
  readonly form: ConsentForm;
  readonly onDone: () => void;
}

/** Each element explained (ticked), the patient's typed name and signature, witnessed by the signed-in staff member. */
export function ConsentCapture({ patientId, form, onDone }: ConsentCaptureProps): ReactNode {
  const me = useMe();
  const record = useRecordConsent(patientId);
  const [explained, setExplained] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [method, setMethod] = useState<'drawn' | 'checkbox'>('drawn');
  const [png, setPng] = useState<string | null>(null);
  const [agreed, setAgreed] = useState(false);
  const errors = fieldErrorsOf(record.error);
  const ready =
    explained.length === form.elements.length && name.trim().length > 1 && (method === 'drawn' ? png !== null : agreed);
  const submit = (): void => {
    record.mutate(
      {
        route: form.route,
        formVersion: form.version,
        acknowledgedElements: explained,
        patientTypedName: name,
        signatureMethod: method,
        ...(method === 'drawn' && png ? { signaturePng: png } : {}),
        patientSignedAt: new Date().toISOString(),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Consent capture">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {form.title} <Badge variant="light">form v{form.version}</Badge>
        </Title>
        <Text size="sm" c="dimmed">
          Go through each point with the patient and tick it once explained and understood.
        </Text>
        {form.elements.map((el) => (
          <Paper key={el.id} withBorder p="sm">
            <Checkbox
              label={<Text fw={600}>{el.title}</Text>}
              description={
                <>
                  <Text size="sm" c="var(--mantine-color-text)">
                    {el.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    [{el.source.tags.join('/')}] {el.source.citation}
                  </Text>
                </>
              }
              checked={explained.includes(el.id)}
              onChange={(e) => {
                setExplained(e.currentTarget.checked ? [...explained, el.id] : explained.filter((x) => x !== el.id));
              }}
            />
          </Paper>
        ))}
        {errors['acknowledgedElements'] ? <Alert color="red">{errors['acknowledgedElements']}</Alert> : null}
        <TextInput
          label="Patient’s full name (typed by the patient)"
          required
          value={name}
          error={errors['patientTypedName']}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
        />
        <SegmentedControl
          aria-label="Signature method"
          data={[
            { value: 'drawn', label: 'Drawn signature' },
            { value: 'checkbox', label: 'Checkbox' },
          ]}
          value={method}
          onChange={(v) => {
            setMethod(v === 'checkbox' ? 'checkbox' : 'drawn');
          }}
        />
        {method === 'drawn' ? (
          <SignaturePad onChange={setPng} error={errors['signaturePng']} />
        ) : (
          <Checkbox
            label="I, the patient, have read and understood the points above and consent to treatment"
            checked={agreed}
            onChange={(e) => {
              setAgreed(e.currentTarget.checked);
            }}
          />
        )}
        <Text size="sm">
          Witness: <b>{me.displayName}</b> ({me.username}) — recorded with the time of signing.
        </Text>
        {record.isError ? <ErrorAlert error={record.error} title="The consent was not recorded" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button onClick={submit} disabled={!ready} loading={record.isPending}>
            Record signed consent
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
