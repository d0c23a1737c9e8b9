import { Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { CarePlanGoals } from '../CarePlanGoals/CarePlanGoals';
import { DoseResponsePanel } from '../DoseResponsePanel/DoseResponsePanel';
import { EnterResponseModal } from '../EnterResponseModal/EnterResponseModal';
import { asScaleOutcome } from '../outcome-types';
import { useOutcomes } from '../outcomes-api';
import { PortalActions } from '../PortalActions/PortalActions';
import { ScaleOutcomeCard } from '../ScaleOutcomeCard/ScaleOutcomeCard';

/** The chart's Outcomes tab: the care-plan goals, then every scale the patient has answered, over time. */
export function OutcomesTab({ patientId }: { readonly patientId: string }): ReactNode {
  const outcomes = useOutcomes(patientId);
  const [entering, setEntering] = useState(false);
  const { me } = useAuth();
  const clinician = me?.role === 'physician' || me?.role === 'nurse';
  return (
    <Stack>
      <Group justify="flex-end" gap="sm">
        <PortalActions patientId={patientId} />
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            setEntering(true);
          }}
        >
          Enter questionnaire
        </Button>
      </Group>
      <CarePlanGoals patientId={patientId} />
      {outcomes.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading outcomes" />
        </Center>
      ) : outcomes.isError ? (
        <ErrorAlert error={outcomes.error} title="Outcomes could not be loaded" />
      ) : outcomes.data.scales.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center" c="dimmed">
            No questionnaires yet. Enter one, or send one to the patient's portal.
          </Text>
        </Paper>
      ) : (
        outcomes.data.scales.map((scale) => (
          <ScaleOutcomeCard key={scale.scaleId} outcome={asScaleOutcome(scale)} sessions={outcomes.data.sessions} />
        ))
      )}
      {clinician ? <DoseResponsePanel patientId={patientId} /> : null}
      {entering ? (
        <EnterResponseModal
          patientId={patientId}
          onClose={() => {
            setEntering(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
