import type { UpdateUserBody, UserSummary } from '@chairside/contract';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { ApiError, fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { roleOptions, useUpdateUser } from '../users-api';

/** Changes role, name, email, director flag or active state; only what changed is sent, with a reason. */
export function EditUserModal({
  user,
  onClose,
}: {
  readonly user: UserSummary;
  readonly onClose: () => void;
}): ReactNode {
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [role, setRole] = useState(user.role);
  const [medicalDirector, setMedicalDirector] = useState(user.medicalDirector);
  const [active, setActive] = useState(user.active);
  const [reason, setReason] = useState('');
  const update = useUpdateUser(user.id);
  const errors = fieldErrorsOf(update.error);
  const stale = update.error instanceof ApiError && update.error.status === 409;

  const changes: Omit<UpdateUserBody, 'version' | 'reason'> = {
    ...(displayName.trim() !== user.displayName ? { displayName: displayName.trim() } : {}),
    ...(email.trim() !== (user.email ?? '') ? { email: email.trim() === '' ? null : email.trim() } : {}),
    ...(role !== user.role ? { role } : {}),
    ...(medicalDirector !== user.medicalDirector ? { medicalDirector } : {}),
    ...(active !== user.active ? { active } : {}),
  };
  const nothingChanged = Object.keys(changes).length === 0;

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    update.mutate(
      { ...changes, version: user.version, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Saved changes to ${user.username}.` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Edit user: ${user.username}`} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Edit user">
        <Stack gap="sm">
          {stale ? (
            <Alert color="orange" variant="light" title="Someone else changed this account" role="alert">
              Close this window to load the current details, then make your change again.
            </Alert>
          ) : null}
          {update.isError && !stale ? <ErrorAlert error={update.error} title="The changes were not saved" /> : null}
          <TextInput
            label="Full name"
            required
            value={displayName}
            error={errors['displayName']}
            onChange={(e) => {
              setDisplayName(e.currentTarget.value);
            }}
          />
          <TextInput
            label="Email"
            type="email"
            value={email}
            error={errors['email']}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
            }}
          />
          <NativeSelect
            label="Role"
            data={roleOptions.map((o) => ({ value: o.value, label: o.label }))}
            value={role}
            error={errors['role']}
            onChange={(e) => {
              setRole(e.currentTarget.value as UserSummary['role']);
            }}
          />
          <Checkbox
            label="Medical director"
            description="Only a physician can be the medical director"
            checked={medicalDirector}
            disabled={role !== 'physician' && !medicalDirector}
            error={errors['medicalDirector']}
            onChange={(e) => {
              setMedicalDirector(e.currentTarget.checked);
            }}
          />
          <Switch
            label={active ? 'Active: can sign in' : 'Deactivated: cannot sign in'}
            checked={active}
            error={errors['active']}
            onChange={(e) => {
              setActive(e.currentTarget.checked);
            }}
          />
          <Textarea
            label="Reason for the change"
            description="Kept in the audit log"
            required
            autosize
            minRows={2}
            value={reason}
            error={errors['reason']}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={nothingChanged || reason.trim() === ''}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
