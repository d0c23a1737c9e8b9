import type { UserSummary } from '@chairside/contract';
import { roleLabel } from '@chairside/domain';
import { Badge, Button, Container, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { IconKey, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { CreateUserModal } from '../CreateUserModal/CreateUserModal';
import { EditUserModal } from '../EditUserModal/EditUserModal';
import { ResetPasswordModal } from '../ResetPasswordModal/ResetPasswordModal';
import { useUsers } from '../users-api';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: UserSummary } | { kind: 'reset'; user: UserSummary } | null;

export function UsersPage(): ReactNode {
  const users = useUsers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = (): void => {
    setDialog(null);
  };
  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Users"
        description="Staff accounts, their roles and sign-in state. Every change is audited."
        actions={
          <Button
            leftSection={<IconUserPlus size={18} aria-hidden />}
            onClick={() => {
              setDialog({ kind: 'create' });
            }}
          >
            Create user
          </Button>
        }
      />
      {users.isPending ? <Loader aria-label="Loading users" /> : null}
      {users.isError ? <ErrorAlert error={users.error} title="The users could not be loaded" /> : null}
      {users.data === undefined ? null : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={860}>
            <Table striped aria-label="Users">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Username</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Last sign-in</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      Actions
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td ff="monospace">{user.username}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {user.displayName}
                      </Text>
                      {user.email === null ? null : (
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {roleLabel[user.role]}
                      {user.medicalDirector ? (
                        <Badge ml="xs" size="sm" variant="light" radius="sm">
                          Medical director
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <UserStatus user={user} />
                    </Table.Td>
                    <Table.Td>
                      {user.lastSignInAt === null ? (
                        <Text span c="dimmed" size="sm">
                          Never
                        </Text>
                      ) : (
                        formatDateTime(user.lastSignInAt)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          aria-label={`Edit ${user.username}`}
                          onClick={() => {
                            setDialog({ kind: 'edit', user });
                          }}
                        >
                          Edit
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconKey size={14} aria-hidden />}
                          aria-label={`Reset password for ${user.username}`}
                          onClick={() => {
                            setDialog({ kind: 'reset', user });
                          }}
                        >
                          Reset password
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {dialog?.kind === 'create' ? <CreateUserModal onClose={close} /> : null}
      {dialog?.kind === 'edit' ? <EditUserModal user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordModal user={dialog.user} onClose={close} /> : null}
    </Container>
  );
}

/** Each state is a word, not just a colour. */
function UserStatus({ user }: { readonly user: UserSummary }): ReactNode {
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="green" variant="light" radius="sm">
          Active
        </Badge>
      ) : (
        <Badge color="gray" variant="filled" radius="sm">
          Deactivated
        </Badge>
      )}
      {user.locked ? (
        <Badge color="red" variant="light" radius="sm">
          Locked
        </Badge>
      ) : null}
      {user.mustChangePassword ? (
        <Badge color="yellow" variant="light" radius="sm">
          Must change password
        </Badge>
      ) : null}
    </Group>
  );
}
