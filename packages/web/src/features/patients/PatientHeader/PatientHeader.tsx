import type { PatientResponse } from '@chairside/contract';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { DemoBadge } from '../../../components/DemoBadge/DemoBadge';
import { ageToday, formatDate } from '../../../lib/format';
import { sexAtBirthLabel } from '../patient-form-values';
import './PatientHeader.css';
import type { ReactNode } from 'react';

interface PatientHeaderProps {
  readonly patient: PatientResponse;
  readonly onAmend: () => void;
}

/** The banner a nurse checks before anything else: who this is, unmistakably. */
export function PatientHeader({ patient, onAmend }: PatientHeaderProps): ReactNode {
  const preferred = patient.preferredName?.trim();
  const hasPreferred = preferred !== undefined && preferred !== '' && preferred !== patient.legalGivenName;
  const callName = hasPreferred
    ? `${preferred} ${patient.legalFamilyName}`
    : `${patient.legalGivenName} ${patient.legalFamilyName}`;
  return (
    <Paper withBorder radius={0} className="patient-header-banner" px="lg" py="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {callName}
            </Title>
            {patient.demo ? <DemoBadge size="md" /> : null}
          </Group>
          {hasPreferred ? (
            <Text size="sm" c="dimmed">
              Legal name: {patient.legalGivenName} {patient.legalFamilyName}
            </Text>
          ) : null}
          <Group gap="lg" mt={4} className="patient-header-facts">
            <Fact label="DOB" value={`${formatDate(patient.dateOfBirth)} (${ageToday(patient.dateOfBirth)} y)`} />
            <Fact label="Sex at birth" value={sexAtBirthLabel(patient.sexAtBirth)} />
            <Fact label="MRN" value={patient.mrn} mono />
            {patient.pronouns ? <Fact label="Pronouns" value={patient.pronouns} /> : null}
          </Group>
        </Stack>
        <Stack gap="xs" align="flex-end">
          {/* Allergies arrive with intake; until then say so plainly rather than show an empty list. */}
          <Badge
            size="lg"
            color="orange"
            variant="light"
            radius="sm"
            leftSection={<IconAlertTriangle size={14} aria-hidden />}
            className="patient-header-allergies"
          >
            Allergies: not recorded yet
          </Badge>
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onAmend}>
            Amend details
          </Button>
        </Stack>
      </Group>
    </Paper>
  );
}

function Fact({
  label,
  value,
  mono = false,
}: {
  readonly label: string;
  readonly value: string;
  readonly mono?: boolean;
}): ReactNode {
  return (
    <Text size="sm">
      <Text span c="dimmed" mr={4}>
        {label}
      </Text>
      <Text span fw={600} {...(mono ? { ff: 'monospace' } : {})}>
        {value}
      </Text>
    </Text>
  );
}
