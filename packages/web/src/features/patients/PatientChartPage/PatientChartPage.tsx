import { Box, Center, Container, Loader, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { OutcomesTab } from '../../outcomes/OutcomesTab/OutcomesTab';
import { AmendmentHistory } from '../AmendmentHistory/AmendmentHistory';
import { AmendPatientModal } from '../AmendPatientModal/AmendPatientModal';
import { ChartPlaceholder } from '../ChartPlaceholder/ChartPlaceholder';
import { PatientHeader } from '../PatientHeader/PatientHeader';
import { PatientOverview } from '../PatientOverview/PatientOverview';
import { usePatient } from '../patients-api';

/** Tabs still to be built, each saying what it will hold. */
const plannedTabs = [
  {
    value: 'intake',
    label: 'Intake',
    description:
      'The intake questionnaire: psychiatric and medical history, current medications, allergies, substance use and the referral letter.',
  },
  {
    value: 'screening',
    label: 'Screening',
    description:
      'Eligibility screening before treatment: contraindications, blood pressure and cardiac review, pregnancy status, with the physician’s sign-off.',
  },
  {
    value: 'sessions',
    label: 'Sessions',
    description:
      'Each ketamine session: dose and route, live vital signs, observations during the infusion, recovery and the discharge check.',
  },
  {
    value: 'outcomes',
    label: 'Outcomes',
    description: 'Rating scales over the course of treatment (such as PHQ-9 and GAD-7), charted session by session.',
  },
  {
    value: 'documents',
    label: 'Documents',
    description: 'Signed consents, referral letters, outside records and letters to the care team.',
  },
] as const;

const tabValues = ['overview', ...plannedTabs.map((tab) => tab.value), 'history'];

export function PatientChartPage(): ReactNode {
  const { patientId = '', tab = 'overview' } = useParams();
  const navigate = useNavigate();
  const patient = usePatient(patientId);
  const [amending, setAmending] = useState(false);
  const activeTab = tabValues.includes(tab) ? tab : 'overview';

  if (patient.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading patient" />
      </Center>
    );
  }
  if (patient.isError) {
    return (
      <Container size="md" py="xl">
        <ErrorAlert error={patient.error} title="The chart could not be opened" />
      </Container>
    );
  }
  return (
    <Box>
      <PatientHeader
        patient={patient.data}
        onAmend={() => {
          setAmending(true);
        }}
      />
      <Container size="xl" py="md">
        <Tabs
          value={activeTab}
          onChange={(next) =>
            void navigate(`/patients/${patientId}${next === 'overview' || next === null ? '' : `/${next}`}`, {
              replace: true,
            })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md" aria-label="Chart sections">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            {plannedTabs.map((planned) => (
              <Tabs.Tab key={planned.value} value={planned.value}>
                {planned.label}
              </Tabs.Tab>
            ))}
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <PatientOverview patient={patient.data} />
          </Tabs.Panel>
          {plannedTabs.map((planned) => (
            <Tabs.Panel key={planned.value} value={planned.value}>
              {planned.value === 'outcomes' ? (
                <OutcomesTab patientId={patientId} />
              ) : (
                <ChartPlaceholder title={planned.label} description={planned.description} />
              )}
            </Tabs.Panel>
          ))}
          <Tabs.Panel value="history">
            <AmendmentHistory patientId={patientId} />
          </Tabs.Panel>
        </Tabs>
      </Container>
      {amending ? (
        <AmendPatientModal
          patient={patient.data}
          onClose={() => {
            setAmending(false);
          }}
          onReload={() => patient.refetch()}
        />
      ) : null}
    </Box>
  );
}
