import { Alert, Box, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconClock, IconStethoscope } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { messageOf } from '../../../api/api-error';
import { signIn } from '../../../app/auth/auth-api';
import { useAuth } from '../../../app/auth/auth-context';
import { homePathFor } from '../../../app/navigation';
import './SignInPage.css';

interface SignInLocationState {
  readonly sessionEnded?: boolean;
  readonly from?: string;
}

export function SignInPage(): ReactNode {
  const { me, signedIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const locationState = (location.state ?? {}) as SignInLocationState;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (next) => {
      signedIn(next);
      const target = next.mustChangePassword ? '/change-password' : (locationState.from ?? homePathFor(next.role));
      await navigate(target, { replace: true });
    },
  });

  if (me !== null && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={me.mustChangePassword ? '/change-password' : homePathFor(me.role)} replace />;
  }

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    mutation.mutate({ username: username.trim(), password });
  };

  return (
    <Box className="signin-page">
      <Paper component="main" className="signin-card" withBorder shadow="sm" p="xl" radius="md">
        <Stack gap="lg">
          <Stack gap={6} align="center">
            <IconStethoscope size={40} className="signin-logo" aria-hidden />
            <Title order={1} size="h2">
              Chairside
            </Title>
            <Text c="dimmed" ta="center" size="sm">
              Clinical records for physician-supervised ketamine treatment
            </Text>
          </Stack>
          {locationState.sessionEnded === true && !mutation.isError ? (
            <Alert icon={<IconClock />} color="yellow" variant="light" title="Your session ended">
              For patient privacy you were signed out. Sign in again to continue.
            </Alert>
          ) : null}
          {mutation.isError ? (
            <Alert icon={<IconAlertCircle />} color="red" variant="light" title="Could not sign in" role="alert">
              {messageOf(mutation.error)}
            </Alert>
          ) : null}
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput
                label="Username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                size="md"
                value={username}
                onChange={(event) => {
                  setUsername(event.currentTarget.value);
                }}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                size="md"
                value={password}
                onChange={(event) => {
                  setPassword(event.currentTarget.value);
                }}
              />
              <Button
                type="submit"
                size="md"
                fullWidth
                loading={mutation.isPending}
                disabled={username.trim() === '' || password === ''}
              >
                Sign in
              </Button>
            </Stack>
          </form>
          <Text size="xs" c="dimmed" ta="center">
            For authorised clinic staff. Every access to a patient record is logged.
          </Text>
        </Stack>
      </Paper>
    </Box>
  );
}
