import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { isExpiredOn, lastUsableDate, unitContentUg, validateContainerDetails } from './container.js';
import { deviceDetails, supplier, vialDetails } from './ledger-fixtures.js';

function faultFields(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return (error.details.fields ?? []).map((f) => f.field);
    }
    throw error;
  }
  return [];
}

describe('validateContainerDetails', () => {
  it('accepts a complete vial and a complete device receipt', () => {
    expect(
      faultFields(() => {
        validateContainerDetails(vialDetails());
      }),
    ).toEqual([]);
    expect(
      faultFields(() => {
        validateContainerDetails(deviceDetails());
      }),
    ).toEqual([]);
  });

  it.each([
    ['ndc', vialDetails({ ndc: '0409205105' })],
    ['lot', vialDetails({ lot: '  ' })],
    ['expiryDate', vialDetails({ expiryDate: '2027-02-30' })],
    ['expiryDate', vialDetails({ expiryDate: '2027-13' })],
    ['quantity', vialDetails({ quantity: 0 })],
    ['quantity', vialDetails({ quantity: 1.5 })],
    ['quantity', vialDetails({ quantity: 10_001 })],
    ['location', vialDetails({ location: '' })],
    ['invoiceNumber', vialDetails({ invoiceNumber: ' ' })],
    ['invoiceDate', vialDetails({ invoiceDate: '2026-02-29' })],
    ['supplier/name', vialDetails({ supplier: { ...supplier, name: '' } })],
    ['supplier/address', vialDetails({ supplier: { ...supplier, address: '' } })],
    ['supplier/deaNumber', vialDetails({ supplier: { ...supplier, deaNumber: 'RA1234564' } })],
    ['concentrationMgPerMl', vialDetails({ concentrationMgPerMl: 0 })],
    ['concentrationMgPerMl', vialDetails({ concentrationMgPerMl: 100.001 })],
    ['concentrationMgPerMl', vialDetails({ concentrationMgPerMl: Number.NaN })],
    ['volumeMl', vialDetails({ volumeMl: -1 })],
    ['volumeMl', vialDetails({ volumeMl: 100.001 })],
    ['volumeMl', vialDetails({ concentrationMgPerMl: 0.333, volumeMl: 0.333 })],
    ['mgPerDevice', deviceDetails({ mgPerDevice: 56 })],
  ])('names %s when it is wrong', (field, details) => {
    expect(
      faultFields(() => {
        validateContainerDetails(details);
      }),
    ).toEqual([field]);
  });

  it.each([
    ['concentration at its 100 mg/mL limit', vialDetails({ concentrationMgPerMl: 100, volumeMl: 5 })],
    ['volume at its 100 mL limit', vialDetails({ concentrationMgPerMl: 10, volumeMl: 100 })],
    ['quantity at its 10,000 limit', deviceDetails({ quantity: 10_000 })],
    ['month-year expiry', vialDetails({ expiryDate: '2027-06' })],
  ])('accepts the boundary: %s', (_label, details) => {
    expect(
      faultFields(() => {
        validateContainerDetails(details);
      }),
    ).toEqual([]);
  });

  it('reports every fault at once', () => {
    expect(
      faultFields(() => {
        validateContainerDetails(vialDetails({ lot: '', location: '' }));
      }),
    ).toEqual(['lot', 'location']);
  });
});

describe('expiry', () => {
  it.each([
    ['2027-06-30', '2027-06-30'],
    ['2027-06', '2027-06-30'],
    ['2028-02', '2028-02-29'],
    ['2027-02', '2027-02-28'],
    ['2027-12', '2027-12-31'],
    ['2027-00', undefined],
    ['27-06', undefined],
  ])('%s is usable through %s', (expiry, last) => {
    expect(lastUsableDate(expiry)).toBe(last);
  });

  it.each([
    ['2027-06-30', '2027-06-30', false],
    ['2027-06-30', '2027-07-01', true],
    ['2027-06', '2027-06-30', false],
    ['2027-06', '2027-07-01', true],
    ['not a date', '2020-01-01', true],
  ])('expiry %s on %s expired: %s', (expiry, onDate, expired) => {
    expect(isExpiredOn(expiry, onDate)).toBe(expired);
  });
});

describe('unitContentUg', () => {
  it('is concentration × volume for a vial and 28 mg for a device', () => {
    expect(unitContentUg(vialDetails())).toBe(500_000);
    expect(unitContentUg(vialDetails({ concentrationMgPerMl: 100, volumeMl: 5 }))).toBe(500_000);
    expect(unitContentUg(vialDetails({ concentrationMgPerMl: 10, volumeMl: 20 }))).toBe(200_000);
    expect(unitContentUg(deviceDetails())).toBe(28_000);
  });
});
