import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { inEsketamineTrdV1, ivDepressionV1 } from './library.js';
import { describeLoosening, findProtocolRevisionFaults, validateProtocolRevision } from './revision.js';
import type { DoseLimit, Protocol } from './types.js';

const base: Protocol = { ...ivDepressionV1, version: 2, revisionReason: 'Medical director review 2025-01' };

function withLimit(protocol: Protocol, id: string, change: (limit: DoseLimit) => DoseLimit | undefined): Protocol {
  const limits = protocol.limits.flatMap((limit) => {
    if (limit.id !== id) {
      return [limit];
    }
    const changed = change(limit);
    return changed ? [changed] : [];
  });
  return { ...protocol, limits };
}

const fields = (previous: Protocol, next: Protocol): string[] =>
  findProtocolRevisionFaults(previous, next).map((fault) => `${fault.field}: ${fault.message}`);

describe('validateProtocolRevision', () => {
  it('accepts a new version that changes a default and moves a soft limit, with a reason', () => {
    const next = withLimit(
      { ...base, dose: { mode: 'mg-per-kg-over-duration', defaultDoseMgPerKg: 0.5, defaultDurationMin: 45 } },
      'protocol.iv-depression.dose.soft-max',
      (l) => ({
        ...l,
        version: 2,
        check: { kind: 'above', threshold: 0.8 },
      }),
    );
    expect(fields(ivDepressionV1, next)).toEqual([]);
    expect(() => {
      validateProtocolRevision(ivDepressionV1, next);
    }).not.toThrow();
  });

  it('accepts tightening a hard limit and a label limit', () => {
    let next = withLimit(base, 'protocol.iv-depression.dose.hard-max', (l) => ({
      ...l,
      version: 2,
      check: { kind: 'above', threshold: 0.9 },
    }));
    next = withLimit(next, 'protocol.iv-depression.concentration.max', (l) => ({
      ...l,
      version: 2,
      check: { kind: 'above', threshold: 20 },
    }));
    expect(fields(ivDepressionV1, next)).toEqual([]);
  });

  it.each([
    ['version skipped', { ...base, version: 3 }, 'version'],
    ['version not bumped', { ...base, version: 1 }, 'version'],
    ['no reason', { ...base, revisionReason: '  ' }, 'revisionReason'],
    ['same reason as before', { ...base, revisionReason: ivDepressionV1.revisionReason }, 'revisionReason'],
    ['route changed', { ...base, route: 'im' as const }, 'route'],
    [
      'default trips a limit',
      { ...base, dose: { mode: 'mg-per-kg-over-duration', defaultDoseMgPerKg: 0.9, defaultDurationMin: 40 } },
      'dose/doseMgPerKg',
    ],
    [
      'hard limit raised',
      withLimit(base, 'protocol.iv-depression.dose.hard-max', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'above', threshold: 1.2 },
      })),
      'limits/2',
    ],
    [
      'hard limit softened',
      withLimit(base, 'protocol.iv-depression.dose.hard-max', (l) => ({ ...l, version: 2, severity: 'soft-stop' })),
      'limits/2',
    ],
    ['hard limit removed', withLimit(base, 'protocol.iv-depression.duration.max', () => undefined), 'limits'],
    [
      'duration range widened',
      withLimit(base, 'protocol.iv-depression.duration.min', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'below', threshold: 30 },
      })),
      'limits/3',
    ],
    [
      'label limit loosened',
      withLimit(base, 'protocol.iv-depression.concentration.max', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'above', threshold: 100 },
      })),
      'limits/5',
    ],
    [
      'label flag dropped',
      withLimit(base, 'protocol.iv-depression.concentration.max', (l) => ({ ...l, version: 2, labelLimit: false })),
      'limits/5',
    ],
    [
      'limit changed without its version',
      withLimit(base, 'protocol.iv-depression.dose.soft-max', (l) => ({
        ...l,
        check: { kind: 'above', threshold: 0.7 },
      })),
      'limits/1/version',
    ],
    [
      'soft limit above the hard one',
      withLimit(base, 'protocol.iv-depression.dose.soft-max', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'above', threshold: 1.5 },
      })),
      'limits/1/check',
    ],
    [
      'pregnancy test dropped',
      { ...base, pregnancyTest: { ...base.pregnancyTest, requiredIfCanBecomePregnant: false } },
      'pregnancyTest/requiredIfCanBecomePregnant',
    ],
  ] as const)('rejects: %s', (_name, next, field) => {
    const faults = findProtocolRevisionFaults(ivDepressionV1, next);
    expect(faults.map((fault) => fault.field)).toContain(field);
    expect(() => {
      validateProtocolRevision(ivDepressionV1, next);
    }).toThrow(InvalidInputError);
  });

  const esk: Protocol = { ...inEsketamineTrdV1, version: 2, revisionReason: 'Clinic review' };
  it.each([
    [
      'a third esketamine dose allowed',
      withLimit(esk, 'protocol.in-esketamine-trd.dose.allowed', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'not-one-of', allowed: [56, 84, 112] },
      })),
    ],
    ['the 84-after-56 rule removed', withLimit(esk, 'protocol.in-esketamine-trd.dose.84-after-56', () => undefined)],
    [
      'the 84-after-56 rule changed',
      withLimit(esk, 'protocol.in-esketamine-trd.dose.84-after-56', (l) => ({
        ...l,
        version: 2,
        check: { kind: 'requires-prior-dose', doseMg: 84, priorDoseMg: 28 },
      })),
    ],
    ['label fasting shortened', { ...esk, fasting: { ...esk.fasting, clearLiquidsMin: 15 } }],
  ] as const)('rejects for esketamine: %s', (_name, next) => {
    expect(findProtocolRevisionFaults(inEsketamineTrdV1, next).length).toBeGreaterThan(0);
  });

  it('accepts restricting esketamine to 56 mg only', () => {
    const next = withLimit(esk, 'protocol.in-esketamine-trd.dose.allowed', (l) => ({
      ...l,
      version: 2,
      check: { kind: 'not-one-of', allowed: [56] },
    }));
    expect(fields(inEsketamineTrdV1, next)).toEqual([]);
  });

  it('names every fault at once', () => {
    const next = { ...base, version: 5, revisionReason: '' };
    expect(findProtocolRevisionFaults(ivDepressionV1, next).map((f) => f.field)).toEqual(['version', 'revisionReason']);
  });
});

describe('describeLoosening', () => {
  it.each([
    [{ kind: 'above', threshold: 1 }, { kind: 'above', threshold: 1 }, false],
    [{ kind: 'above', threshold: 1 }, { kind: 'above', threshold: 0.9 }, false],
    [{ kind: 'above', threshold: 1 }, { kind: 'above', threshold: 1.1 }, true],
    [{ kind: 'below', threshold: 40 }, { kind: 'below', threshold: 45 }, false],
    [{ kind: 'below', threshold: 40 }, { kind: 'below', threshold: 35 }, true],
    [{ kind: 'above', threshold: 1 }, { kind: 'below', threshold: 1 }, true],
  ] as const)('%o → %o looser: %s', (previous, next, looser) => {
    expect(describeLoosening(previous, next) !== null).toBe(looser);
  });
});
