import { Alert, Button, Code, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconKey, IconSend } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useAssignQuestionnaire, useInvitePatient, useScales } from '../outcomes-api';

/** Invite the patient to the portal (code shown once) and send them questionnaires to complete there. */
export function PortalActions({ patientId }: { readonly patientId: string }): ReactNode {
  const [open, setOpen] = useState<'invite' | 'assign' | null>(null);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={() => {
          setOpen('assign');
        }}
      >
        Send to portal
      </Button>
      <Button
        variant="default"
        leftSection={<IconKey size={16} aria-hidden />}
        onClick={() => {
          setOpen('invite');
        }}
      >
        Invite to portal
      </Button>
      {open === 'invite' ? (
        <InviteModal
          patientId={patientId}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
      {open === 'assign' ? (
        <AssignModal
          patientId={patientId}
          onClose={() => {
            setOpen(null);
          }}
        />
      ) : null}
    </>
  );
}

function InviteModal({ patientId, onClose }: { readonly patientId: string; readonly onClose: () => void }): ReactNode {
  const invite = useInvitePatient(patientId);
  return (
    <Modal opened onClose={onClose} title="Invite to the patient portal">
      {invite.isSuccess ? (
        <Stack>
          <Text>
            Give the patient this code. It is shown only now, works once, and expires{' '}
            {formatDateTime(invite.data.expiresAt)}.
          </Text>
          <Code block fz={28} ta="center" data-testid="invitation-code">
            {invite.data.code}
          </Code>
          <Text size="sm">
            The patient opens <b>/portal</b>, enters the code and chooses their own username and password.
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text>
            Creates a one-time invitation code (valid 7 days). The patient will see only their own questionnaires and
            scores.
          </Text>
          {invite.isError ? <ErrorAlert error={invite.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                invite.mutate();
              }}
              loading={invite.isPending}
            >
              Create invitation code
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function AssignModal({ patientId, onClose }: { readonly patientId: string; readonly onClose: () => void }): ReactNode {
  const scales = useScales();
  const assign = useAssignQuestionnaire(patientId);
  const [scaleId, setScaleId] = useState<string | null>('phq-9');
  const [dueDate, setDueDate] = useState(new Date().toISOString().slice(0, 10));
  const [weekly, setWeekly] = useState(false);
  const options = (scales.data ?? []).filter((s) => s.administeredBy === 'patient' && s.licence.itemTextIncluded);
  return (
    <Modal opened onClose={onClose} title="Send a questionnaire to the portal">
      {assign.isSuccess ? (
        <Stack>
          <Alert color="green">Sent. It appears in the patient's portal until they complete it.</Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Select
            label="Questionnaire"
            data={options.map((s) => ({ value: s.id, label: s.abbreviation }))}
            value={scaleId}
            onChange={setScaleId}
            allowDeselect={false}
          />
          <TextInput
            label="Due date"
            type="date"
            value={dueDate}
            onChange={(e) => {
              setDueDate(e.currentTarget.value);
            }}
          />
          <Switch
            label="Repeat every week"
            checked={weekly}
            onChange={(e) => {
              setWeekly(e.currentTarget.checked);
            }}
          />
          {assign.isError ? <ErrorAlert error={assign.error} title="Not sent" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              loading={assign.isPending}
              onClick={() => {
                if (scaleId !== null) {
                  assign.mutate({ scaleId, dueDate, recurrence: weekly ? 'weekly' : 'none' });
                }
              }}
            >
              Send
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
