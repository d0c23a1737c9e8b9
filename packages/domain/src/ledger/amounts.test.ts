import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { positiveMicrograms, toMg, toMicrograms, volumeMlOf } from './amounts.js';
import { prepareLedgerEvent } from './commands.js';
import { vialDetails } from './ledger-fixtures.js';

describe('amounts in whole micrograms', () => {
  it.each([
    [0, 0],
    [0.001, 1],
    [36.7, 36_700],
    [0.1 + 0.2, 300],
    [1_000_000, 1_000_000_000],
  ])('%d mg is %d µg', (mg, ug) => {
    expect(toMicrograms(mg, 'amountMg')).toBe(ug);
  });

  it.each([[0.0001], [1.0005], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %d mg (never rounds)', (mg) => {
    expect(() => toMicrograms(mg, 'amountMg')).toThrow(InvalidInputError);
  });

  it.each([
    [0, false],
    [-0.001, false],
    [0.001, true],
    [1_000_000, true],
    [1_000_000.001, false],
  ])('%d mg as a transaction amount is accepted: %s', (mg, accepted) => {
    const run = (): number => positiveMicrograms(mg, 'amountMg');
    if (accepted) {
      expect(run()).toBe(Math.round(mg * 1000));
    } else {
      expect(run).toThrow(InvalidInputError);
    }
  });

  it('converts back to mg and to mL at a concentration', () => {
    expect(toMg(36_700)).toBe(36.7);
    expect(volumeMlOf(36_700, 50)).toBe(0.734);
    expect(volumeMlOf(500_000, 50)).toBe(10);
  });
});

describe('event metadata', () => {
  const receive = { type: 'received', containerId: 'v', container: vialDetails() } as const;
  it.each([
    [{ id: '', at: '2026-03-02T10:00:00Z', by: 'u' }, 'id'],
    [{ id: 'e1', at: '2026-03-02', by: 'u' }, 'at'],
    [{ id: 'e1', at: '2026-03-02T10:00:00Z', by: ' ' }, 'by'],
  ])('refuses %o naming %s', (meta, field) => {
    try {
      prepareLedgerEvent([], receive, meta);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).details.fields?.[0]?.field).toBe(field);
    }
  });

  it('numbers the first event 1 and links it to the genesis hash', () => {
    expect(prepareLedgerEvent([], receive, { id: 'e1', at: '2026-03-02T10:00:00Z', by: 'u' })).toMatchObject({
      id: 'e1',
      sequence: 1,
      previousHash: 'genesis',
      type: 'received',
    });
  });
});
