import type { PatientResponse } from '@chairside/contract';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../lib/format';
import { careTeamRoleLabel, sexAtBirthLabel } from '../patient-form-values';

function Card({ title, children }: { readonly title: string; readonly children: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Label and value pairs; a blank value says "Not recorded" rather than leaving a hole. */
function Details({ rows }: { readonly rows: readonly (readonly [string, string | null | undefined])[] }): ReactNode {
  return (
    <Stack gap={6} component="dl" m={0}>
      {rows.map(([label, value]) => (
        <SimpleGrid key={label} cols={2} spacing="xs">
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} {...(value ? { fw: 500 } : { c: 'dimmed', fs: 'italic' })}>
            {value ?? 'Not recorded'}
          </Text>
        </SimpleGrid>
      ))}
    </Stack>
  );
}

export function PatientOverview({ patient }: { readonly patient: PatientResponse }): ReactNode {
  const address = [patient.addressLine, patient.city, patient.region, patient.postalCode, patient.country]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card title="Demographics">
          <Details
            rows={[
              ['Legal name', `${patient.legalGivenName} ${patient.legalFamilyName}`],
              ['Preferred name', patient.preferredName],
              ['Date of birth', formatDate(patient.dateOfBirth)],
              ['Sex at birth', sexAtBirthLabel(patient.sexAtBirth)],
              ['Gender identity', patient.genderIdentity],
              ['Pronouns', patient.pronouns],
            ]}
          />
        </Card>
        <Card title="Contact">
          <Details
            rows={[
              ['Phone', patient.phone],
              ['Email', patient.email],
              ['Address', address || null],
            ]}
          />
        </Card>
        <Card title="Emergency contact">
          <Details
            rows={[
              ['Name', patient.emergencyContact?.name],
              ['Relationship', patient.emergencyContact?.relationship],
              ['Phone', patient.emergencyContact?.phone],
            ]}
          />
        </Card>
      </SimpleGrid>
      <Card title="Care team">
        {patient.careTeam.length === 0 ? (
          <Text c="dimmed" fs="italic" size="sm">
            No care team recorded.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Care team">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Organisation</Table.Th>
                  <Table.Th>Phone</Table.Th>
                  <Table.Th>Fax</Table.Th>
                  <Table.Th>Email</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {patient.careTeam.map((member, index) => (
                  <Table.Tr key={`${member.role}-${index}`}>
                    <Table.Td>{careTeamRoleLabel(member.role)}</Table.Td>
                    <Table.Td fw={500}>{member.name}</Table.Td>
                    <Table.Td>{member.organisation ?? '—'}</Table.Td>
                    <Table.Td>{member.phone ?? '—'}</Table.Td>
                    <Table.Td>{member.fax ?? '—'}</Table.Td>
                    <Table.Td>{member.email ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Text size="xs" c="dimmed">
        Record version {patient.version} · registered {formatDateTime(patient.createdAt)} · last changed{' '}
        {formatDateTime(patient.updatedAt)}
      </Text>
    </Stack>
  );
}
