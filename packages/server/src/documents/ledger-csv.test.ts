import { describe, expect, it } from 'vitest';
import type { DispensingRecord, InventoryRecord } from '@chairside/domain';
import { dispensingCsv, inventoryCsv } from './ledger-csv.js';
import { withNames } from './ledger-pdf.js';

const u1 = '11111111-1111-4111-8111-111111111111';
const u2 = '22222222-2222-4222-8222-222222222222';

const record: DispensingRecord = {
  fromAt: '2026-11-01T00:00:00.000Z',
  toAt: '2026-12-01T00:00:00.000Z',
  substances: [
    {
      ndc: '00409-2051-05',
      substanceName: 'Ketamine hydrochloride',
      finishedForm: 'injection, 50 mg/mL',
      unitsPerContainer: '10 mL vial',
      schedule: 'CIII',
      deaDrugCode: 7285,
      received: [],
      administered: [
        {
          eventId: 'e1',
          administeredAt: '2026-11-22T10:00:00.000Z',
          patientId: 'p1',
          patientName: '=cmd|calc',
          patientAddress: '+1 Main St, "Springfield"',
          quantityMg: 40,
          quantityMl: 0.8,
          administeredBy: u1,
          containerId: 'c1',
          sessionId: 's1',
        },
      ],
      disposed: [
        {
          eventId: 'e2',
          disposedAt: '2026-11-22T11:00:00.000Z',
          containerId: 'c1',
          manner: `waste after session s1: sequestrant; by ${u1}, witnessed by ${u2}`,
          quantityMg: 10,
          quantityMl: 0.2,
        },
      ],
    },
  ],
};

describe('ledger CSV', () => {
  it('quotes cells a spreadsheet would run as formulas, and names people instead of ids', () => {
    const csv = dispensingCsv(record, { [u1]: 'Priya Patel, RN', [u2]: 'Mateo Garcia, RN' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",'=cmd|calc,");
    expect(lines[1]).toContain(`"'+1 Main St, ""Springfield"""`);
    expect(lines[1]).toContain('"Priya Patel, RN"');
    expect(lines[2]).toContain('by Priya Patel, RN, witnessed by Mateo Garcia, RN');
    expect(csv).not.toMatch(/,[=+@-]/);
  });

  it('records an inventory with nothing on hand as zero', () => {
    const empty: InventoryRecord = {
      kind: 'initial',
      takenAt: '2026-11-22T08:00:00.000Z',
      businessTime: 'opening-of-business',
      takenBy: ['Avery Demo-Admin'],
      rows: [],
      nothingOnHand: true,
      totalOnHandMg: 0,
    };
    expect(inventoryCsv(empty)).toContain('nothing on hand (zero)');
  });

  it('replaces user ids in a text, and nothing else', () => {
    expect(withNames(`by ${u1}, witnessed by ${u2}`, { [u1]: 'Ann', [u2]: 'Bo' })).toBe('by Ann, witnessed by Bo');
    expect(withNames('by a', { a: 'Ann' })).toBe('by a');
  });
});
