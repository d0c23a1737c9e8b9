import type { PatientSummary } from '@chairside/contract';
import { displayName } from '@chairside/domain';
import { Anchor, Button, Container, Group, Loader, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { DemoBadge } from '../../../components/DemoBadge/DemoBadge';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { ageToday, formatDate } from '../../../lib/format';
import { sexAtBirthLabel } from '../patient-form-values';
import { usePatientSearch } from '../patients-api';

const searchDelayMs = 250;

export function PatientListPage(): ReactNode {
  const [searchParams, setSearchParams] = useSearchParams();
  const [query, setQuery] = useState(searchParams.get('q') ?? '');
  const [debounced] = useDebouncedValue(query.trim(), searchDelayMs);
  const search = usePatientSearch(debounced);
  const navigate = useNavigate();
  const { me } = useAuth();

  const onQueryChange = (next: string): void => {
    setQuery(next);
    // Keep the search in the address so Back from a chart returns to the same list.
    setSearchParams(next.trim() === '' ? {} : { q: next }, { replace: true });
  };

  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Patients"
        description="Search by name, MRN or date of birth."
        actions={
          <>
            {me?.role === 'admin' ? null : (
              <Button
                component={Link}
                to="/patients/import"
                variant="default"
                leftSection={<IconFileImport size={18} aria-hidden />}
              >
                Import FHIR bundle
              </Button>
            )}
            <Button component={Link} to="/patients/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
              Register patient
            </Button>
          </>
        }
      />
      <TextInput
        label="Search patients"
        placeholder="Name, MRN (CS-0000042-5) or date of birth (1984-03-17 or 03/17/1984)"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={search.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
        value={query}
        onChange={(event) => {
          onQueryChange(event.currentTarget.value);
        }}
        type="search"
        size="md"
        mb="md"
        autoFocus
      />
      {search.isError ? <ErrorAlert error={search.error} title="The search failed" /> : null}
      {search.data === undefined ? null : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label="Patients">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Date of birth (age)</Table.Th>
                  <Table.Th>Sex at birth</Table.Th>
                  <Table.Th>MRN</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {search.data.items.map((patient) => (
                  <PatientRow
                    key={patient.id}
                    patient={patient}
                    onOpen={() => void navigate(`/patients/${patient.id}`)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group px="md" py="xs" justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {resultLine(search.data.items.length, search.data.total, debounced)}
            </Text>
          </Group>
        </Paper>
      )}
    </Container>
  );
}

function resultLine(shown: number, total: number, q: string): string {
  if (total === 0) {
    return q === '' ? 'No patients registered yet.' : `No patients match “${q}”.`;
  }
  const what = total === 1 ? '1 patient' : `${total} patients`;
  const prefix = shown < total ? `Showing ${shown} of ${what}` : what;
  return q === '' ? prefix : `${prefix} matching “${q}”`;
}

function PatientRow({ patient, onOpen }: { readonly patient: PatientSummary; readonly onOpen: () => void }): ReactNode {
  const { legalGivenName, legalFamilyName, preferredName } = patient;
  const name = displayName({ legalGivenName, legalFamilyName, ...(preferredName === null ? {} : { preferredName }) });
  return (
    <Table.Tr className="clickable-row" onClick={onOpen}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/patients/${patient.id}`}
            fw={600}
            onClick={(event) => {
              event.stopPropagation();
            }}
          >
            {name}
          </Anchor>
          {patient.demo ? <DemoBadge size="xs" /> : null}
        </Group>
      </Table.Td>
      <Table.Td>
        {formatDate(patient.dateOfBirth)}{' '}
        <Text span c="dimmed">
          ({ageToday(patient.dateOfBirth)} y)
        </Text>
      </Table.Td>
      <Table.Td>{sexAtBirthLabel(patient.sexAtBirth)}</Table.Td>
      <Table.Td ff="monospace">{patient.mrn}</Table.Td>
    </Table.Tr>
  );
}
