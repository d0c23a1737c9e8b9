import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { DoseCalculator } from '../DoseCalculator/DoseCalculator';

/** The calculator without a patient: nothing is stored. Plans are recorded from the chart's Dose plan tab. */
export function DoseCalculatorPage(): ReactNode {
  return (
    <Container size="xl" py="md">
      <PageHeader
        title="Dose calculator"
        description="Nothing is stored here. To record a dose plan for a patient, open the patient's chart, Dose plan tab."
      />
      <DoseCalculator />
    </Container>
  );
}
