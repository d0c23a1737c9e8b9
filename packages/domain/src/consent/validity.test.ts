import { describe, expect, it } from 'vitest';
import { consentFormsV1 } from './form.js';
import { consentValidity, type ConsentSummary } from './validity.js';

const iv = consentFormsV1.iv;
const signed = (over: Partial<ConsentSummary> = {}): ConsentSummary => ({
  id: 'c1',
  route: 'iv',
  formId: 'consent-iv',
  formVersion: 1,
  signedAt: '2026-11-01T10:00:00Z',
  withdrawnAt: null,
  ...over,
});

describe('consentValidity', () => {
  it('is valid with a signed, current-version consent for the route', () => {
    expect(consentValidity([signed()], iv)).toEqual({ valid: true, consentId: 'c1', signedAt: '2026-11-01T10:00:00Z' });
  });
  it('is not valid without any consent, or with one for another route', () => {
    expect(consentValidity([], iv).valid).toBe(false);
    expect(consentValidity([signed({ route: 'intranasal', formId: 'consent-intranasal' })], iv).valid).toBe(false);
  });
  it('is not valid once withdrawn, and a later signature makes it valid again', () => {
    const withdrawn = signed({ withdrawnAt: '2026-11-02T10:00:00Z' });
    expect(consentValidity([withdrawn], iv)).toEqual({ valid: false, reason: 'The consent was withdrawn' });
    expect(consentValidity([withdrawn, signed({ id: 'c2', signedAt: '2026-11-03T10:00:00Z' })], iv).valid).toBe(true);
  });
  it('is not valid on an earlier form version', () => {
    expect(consentValidity([signed()], { ...iv, version: 2 }).valid).toBe(false);
  });
  it('every form lists the REFERENCE.md §11 elements, with a source each; REMS only for intranasal', () => {
    for (const form of Object.values(consentFormsV1)) {
      const ids = form.elements.map((e) => e.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'risk-dissociation',
          'risk-cystitis',
          'risk-fetal',
          'risk-suicidality',
          'no-driving-escort',
          'long-term-data',
        ]),
      );
      expect(form.elements.every((e) => e.source.citation.length > 0 && e.source.tags.length > 0)).toBe(true);
      expect(ids.includes('rems')).toBe(form.route === 'intranasal');
      expect(ids.includes('off-label')).toBe(form.route !== 'intranasal');
    }
  });
});
