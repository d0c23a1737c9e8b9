import { Alert, Box, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { fieldErrorsOf, messageOf } from '../../../api/api-error';
import { changePassword } from '../../../app/auth/auth-api';
import { useAuth, useMe } from '../../../app/auth/auth-context';
import { homePathFor } from '../../../app/navigation';
import '../SignInPage/SignInPage.css';

const minimumLength = 12;

/** Forced at first sign-in (the server refuses other work until it is done), and reachable from the user menu. */
export function ChangePasswordPage(): ReactNode {
  const me = useMe();
  const { refresh, signOut } = useAuth();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      const next = await refresh();
      notifications.show({ color: 'green', message: 'Your password was changed.' });
      await navigate(next === null ? '/sign-in' : homePathFor(next.role), { replace: true });
    },
  });
  const serverFieldErrors = fieldErrorsOf(mutation.error);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (newPassword.length < minimumLength) {
      setLocalError(`The new password must have at least ${minimumLength} characters.`);
      return;
    }
    if (newPassword !== confirmation) {
      setLocalError('The two new passwords do not match.');
      return;
    }
    setLocalError(null);
    mutation.mutate({ currentPassword, newPassword });
  };

  return (
    <Box className="signin-page">
      <Paper component="main" className="signin-card" withBorder shadow="sm" p="xl" radius="md">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Stack gap={6} align="center">
              <IconShieldLock size={36} className="signin-logo" aria-hidden />
              <Title order={1} size="h3">
                {me.mustChangePassword ? 'Choose a new password' : 'Change password'}
              </Title>
              <Text c="dimmed" ta="center" size="sm">
                {me.mustChangePassword
                  ? 'Your password was set by an administrator. Choose your own before you continue.'
                  : `Signed in as ${me.username}.`}
              </Text>
            </Stack>
            {localError !== null || (mutation.isError && Object.keys(serverFieldErrors).length === 0) ? (
              <Alert icon={<IconAlertCircle />} color="red" variant="light" role="alert">
                {localError ?? messageOf(mutation.error)}
              </Alert>
            ) : null}
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              value={currentPassword}
              error={serverFieldErrors['currentPassword']}
              onChange={(event) => {
                setCurrentPassword(event.currentTarget.value);
              }}
            />
            <PasswordInput
              label="New password"
              description={`At least ${minimumLength} characters. A short sentence is easy to remember.`}
              autoComplete="new-password"
              required
              value={newPassword}
              error={serverFieldErrors['newPassword']}
              onChange={(event) => {
                setNewPassword(event.currentTarget.value);
              }}
            />
            <PasswordInput
              label="Repeat new password"
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(event) => {
                setConfirmation(event.currentTarget.value);
              }}
            />
            <Group justify="space-between" mt="xs">
              {me.mustChangePassword ? (
                <Button variant="subtle" onClick={() => void signOut('user')}>
                  Sign out
                </Button>
              ) : (
                <Button variant="subtle" onClick={() => void navigate(-1)}>
                  Cancel
                </Button>
              )}
              <Button type="submit" loading={mutation.isPending}>
                Change password
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}
