import type { UserSummary } from '@chairside/contract';
import { Button, Checkbox, Group, Modal, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type SubmitEvent, type ReactNode } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { roleOptions, useCreateUser } from '../users-api';

export function CreateUserModal({ onClose }: { readonly onClose: () => void }): ReactNode {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserSummary['role']>('nurse');
  const [medicalDirector, setMedicalDirector] = useState(false);
  const [password, setPassword] = useState('');
  const create = useCreateUser();
  const errors = fieldErrorsOf(create.error);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim(),
        role,
        password,
        ...(email.trim() === '' ? {} : { email: email.trim() }),
        ...(role === 'physician' ? { medicalDirector } : {}),
      },
      {
        onSuccess: (user) => {
          notifications.show({
            color: 'green',
            message: `Created ${user.username}. Give them the temporary password in person.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Create user" size="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Create user">
        <Stack gap="sm">
          {create.isError ? <ErrorAlert error={create.error} title="The user was not created" /> : null}
          <TextInput
            label="Username"
            description="Letters, digits and . _ @ - (for example nurse.lee)"
            required
            autoComplete="off"
            value={username}
            error={errors['username']}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
            }}
          />
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
            required
            data={roleOptions.map((o) => ({ value: o.value, label: o.label }))}
            value={role}
            error={errors['role']}
            onChange={(e) => {
              setRole(e.currentTarget.value as UserSummary['role']);
            }}
          />
          {role === 'physician' ? (
            <Checkbox
              label="Medical director"
              description="Signs off clinic protocols"
              checked={medicalDirector}
              onChange={(e) => {
                setMedicalDirector(e.currentTarget.checked);
              }}
            />
          ) : null}
          <PasswordInput
            label="Temporary password"
            description="At least 12 characters. The user must change it at first sign-in."
            required
            autoComplete="new-password"
            value={password}
            error={errors['password']}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
            }}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
