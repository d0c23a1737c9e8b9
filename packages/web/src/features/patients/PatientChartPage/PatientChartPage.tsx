import { Box, Center, Container, Loader, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { DosePlanTab } from '../../dosing/DosePlanTab/DosePlanTab';
import { ConsentTab } from '../../consent/ConsentTab/ConsentTab';
import { IntakeTab } from '../../intake/IntakeTab/IntakeTab';
import { ScreeningTab } from '../../screening/ScreeningTab/ScreeningTab';
import { OutcomesTab } from '../../outcomes/OutcomesTab/OutcomesTab';
import { LettersTab } from '../../letters/LettersTab/LettersTab';
import { AmendmentHistory } from '../AmendmentHistory/AmendmentHistory';
import { AmendPatientModal } from '../AmendPatientModal/AmendPatientModal';
import { CourseTab } from '../../scheduling/CourseTab/CourseTab';
import { SessionsTab } from '../../chairside/SessionsTab/SessionsTab';
import { ChartPlaceholder } from '../ChartPlaceholder/ChartPlaceholder';
import { PatientHeader } from '../PatientHeader/PatientHeader';
import { PatientOverview } from '../PatientOverview/PatientOverview';
import { usePatient } from '../patients-api';

/** Tabs still to be built, each saying what it will hold. */
const plannedTabs = [
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
] as const;

const tabValues = [
  'overview',
  'course',
  'intake',
  'screening',
  'consent',
  ...plannedTabs.map((tab) => tab.value),
  'letters',
  'dose-plan',
  'history',
];

export function PatientChartPage(): ReactNode {
  const { patientId = '', tab = 'overview' } = useParams();
  const navigate = useNavigate();
  const patient = usePatient(patientId);
  const [amending, setAmending] = useState(false);
  const { me } = useAuth();
  const clinician = me?.role === 'physician' || me?.role === 'nurse';
  const chartReader = clinician || me?.role === 'front_desk';
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
            <Tabs.Tab value="course">Course</Tabs.Tab>
            <Tabs.Tab value="intake">Intake</Tabs.Tab>
            <Tabs.Tab value="screening">Screening</Tabs.Tab>
            <Tabs.Tab value="consent">Consent</Tabs.Tab>
            {plannedTabs.map((planned) => (
              <Tabs.Tab key={planned.value} value={planned.value}>
                {planned.label}
              </Tabs.Tab>
            ))}
            {chartReader ? <Tabs.Tab value="letters">Letters</Tabs.Tab> : null}
            {clinician ? <Tabs.Tab value="dose-plan">Dose plan</Tabs.Tab> : null}
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <PatientOverview patient={patient.data} />
          </Tabs.Panel>
          <Tabs.Panel value="course">
            <CourseTab patientId={patientId} />
          </Tabs.Panel>
          <Tabs.Panel value="intake">
            <IntakeTab patientId={patientId} patient={patient.data} />
          </Tabs.Panel>
          <Tabs.Panel value="screening">
            <ScreeningTab patientId={patientId} />
          </Tabs.Panel>
          <Tabs.Panel value="consent">
            <ConsentTab patientId={patientId} />
          </Tabs.Panel>
          {plannedTabs.map((planned) => (
            <Tabs.Panel key={planned.value} value={planned.value}>
              {planned.value === 'outcomes' ? (
                <OutcomesTab patientId={patientId} />
              ) : clinician ? (
                <SessionsTab patientId={patientId} />
              ) : (
                <ChartPlaceholder title={planned.label} description={planned.description} />
              )}
            </Tabs.Panel>
          ))}
          {chartReader ? (
            <Tabs.Panel value="letters">
              <LettersTab patientId={patientId} careTeam={patient.data.careTeam} />
            </Tabs.Panel>
          ) : null}
          {clinician ? (
            <Tabs.Panel value="dose-plan">
              <DosePlanTab patientId={patientId} sexAtBirth={patient.data.sexAtBirth} />
            </Tabs.Panel>
          ) : null}
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
