import { describe, expect, it } from 'vitest';
import { deaCheckDigit, deaNumberProblem, isValidDeaNumber, isValidNdc, parseNdc } from './identifiers.js';

describe('parseNdc', () => {
  it.each([
    ['0409-2051-05', '4-4-2', '00409-2051-05'],
    ['50458-028-02', '5-3-2', '50458-0028-02'],
    ['12345-6789-1', '5-4-1', '12345-6789-01'],
    ['00409-2051-05', '5-4-2', '00409-2051-05'],
    ['00409205105', '5-4-2', '00409-2051-05'],
    [' 50458-028-02 ', '5-3-2', '50458-0028-02'],
  ])('accepts %s as %s (11-digit %s)', (text, format, ndc11) => {
    expect(parseNdc(text)).toMatchObject({ format, ndc11 });
    expect(isValidNdc(text)).toBe(true);
  });

  it.each([
    ['0409205105', 'bare 10 digits are ambiguous'],
    ['409-2051-05', '3-4-2'],
    ['0409-205-05', '4-3-2'],
    ['0409-2051-5', '4-4-1'],
    ['12345-678-1', '5-3-1'],
    ['004092051051', '12 digits'],
    ['0409-2051-0A', 'letter'],
    ['0409–2051–05', 'en dashes'],
    ['', 'empty'],
  ])('refuses %s (%s)', (text) => {
    expect(parseNdc(text)).toBeUndefined();
    expect(isValidNdc(text)).toBe(false);
  });
});

describe('DEA registration numbers', () => {
  it('computes the check digit as (d1+d3+d5) + 2×(d2+d4+d6), last digit', () => {
    expect(deaCheckDigit('123456')).toBe(3);
    expect(deaCheckDigit('142432')).toBe(6);
    expect(deaCheckDigit('000000')).toBe(0);
  });

  it.each([
    ['AB1234563', 'practitioner'],
    ['RA1234563', 'distributor'],
    ['PA1234563', 'distributor'],
    ['F91234563', 'business name starting with a number'],
    ['ab1424326', 'lower case'],
    ['MJ1424326', 'mid-level'],
  ])('accepts %s (%s)', (text) => {
    expect(isValidDeaNumber(text)).toBe(true);
    expect(deaNumberProblem(text)).toBeUndefined();
  });

  it.each([
    ['AB1234564', /check digit/],
    ['AB1234562', /check digit/],
    ['ZB1234563', /cannot start with Z/],
    ['IB1234563', /cannot start with I/],
    ['A81234563', /2 letters/],
    ['AB123456', /2 letters/],
    ['AB12345630', /2 letters/],
    ['1B1234563', /2 letters/],
    ['', /2 letters/],
  ])('refuses %s', (text, problem) => {
    expect(isValidDeaNumber(text)).toBe(false);
    expect(deaNumberProblem(text)).toMatch(problem);
  });
});
