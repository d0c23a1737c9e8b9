import { buildDischargeInstructions } from '@chairside/domain';
import { describe, expect, it } from 'vitest';
import { renderDischargeInstructionsPdf } from './discharge-instructions-pdf.js';

describe('discharge instructions PDF', () => {
  it('renders the sheet with whom to call and the holds to resume', async () => {
    const pdf = await renderDischargeInstructionsPdf({
      instructions: buildDischargeInstructions({ route: 'iv', clinicName: 'Test Clinic', clinicPhone: '555-0100' }),
      patientName: 'Ivy Lane',
      mrn: 'MRN-1',
      sessionDate: '2026-11-22T09:00:00.000Z',
      escortName: 'Jo Escort',
      holdsToResume: ['methylphenidate'],
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
