import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, messageOf } from '../../../api/api-error';
import { signIn } from '../../../app/auth/auth-api';
import { useAuth } from '../../../app/auth/auth-context';
import { redeemInvitation } from '../portal-api';

/** First visit: the patient enters the clinic's code and chooses a username and password (≥12 characters). */
export function RedeemInvitation(): ReactNode {
  const { signedIn } = useAuth();
  const [code, setCode] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mutation = useMutation({
    mutationFn: async () => {
      await redeemInvitation({ code: code.trim(), username: username.trim(), password });
      return signIn({ username: username.trim(), password });
    },
    onSuccess: signedIn,
  });
  const fields = mutation.error instanceof ApiError ? mutation.error.fieldErrorMap() : {};
  const mismatch = confirm !== '' && confirm !== password;
  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!mismatch) {
      mutation.mutate();
    }
  };
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Welcome to your patient portal
      </Title>
      <Text size="lg">Enter the invitation code your clinic gave you, then choose how you will sign in.</Text>
      {mutation.isError && Object.keys(fields).length === 0 ? (
        <Alert color="red" role="alert">
          {messageOf(mutation.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            size="lg"
            label="Invitation code"
            placeholder="ABCD-EFGH-JKMN"
            autoCapitalize="characters"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
            }}
            error={fields['code']}
            required
          />
          <TextInput
            size="lg"
            label="Choose a username"
            autoCapitalize="none"
            autoComplete="username"
            value={username}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
            }}
            error={fields['username']}
            required
          />
          <PasswordInput
            size="lg"
            label="Choose a password"
            description="At least 12 characters. A short sentence works well."
            autoComplete="new-password"
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
            }}
            error={fields['password']}
            required
          />
          <PasswordInput
            size="lg"
            label="Type the password again"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => {
              setConfirm(e.currentTarget.value);
            }}
            error={mismatch ? 'The passwords do not match' : undefined}
            required
          />
          <Button type="submit" size="xl" loading={mutation.isPending}>
            Create my account
          </Button>
        </Stack>
      </form>
      <Text>
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in" state={{ from: '/portal' }}>
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}
