import type { UserSummary } from '@chairside/contract';
import { Button, Group, Modal, PasswordInput, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useResetPassword } from '../users-api';

export function ResetPasswordModal({
  user,
  onClose,
}: {
  readonly user: UserSummary;
  readonly onClose: () => void;
}): ReactNode {
  const [newPassword, setNewPassword] = useState('');
  const [reason, setReason] = useState('');
  const reset = useResetPassword(user.id);
  const errors = fieldErrorsOf(reset.error);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    reset.mutate(
      { newPassword, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `Password reset for ${user.username}. They must change it at next sign-in.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Reset password: ${user.displayName}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Reset password">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {user.username} must choose a new password at the next sign-in.
          </Text>
          {reset.isError ? <ErrorAlert error={reset.error} title="The password was not reset" /> : null}
          <PasswordInput
            label="Temporary password"
            description="At least 12 characters"
            required
            autoComplete="new-password"
            value={newPassword}
            error={errors['newPassword']}
            onChange={(e) => {
              setNewPassword(e.currentTarget.value);
            }}
          />
          <Textarea
            label="Reason"
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
            <Button type="submit" color="orange" loading={reset.isPending} disabled={reason.trim() === ''}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
