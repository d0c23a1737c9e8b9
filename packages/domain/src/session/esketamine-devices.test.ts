import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors.js';
import { atMin } from '../monitoring/test-readings.js';
import { evaluateDeviceAdministrations, type DeviceAdministration } from './esketamine-devices.js';

const device = (minute: number, lotNumber = 'LOT-A1'): DeviceAdministration => ({
  administeredAt: atMin(minute),
  doseMg: 28,
  lotNumber,
});
const evaluate = (plannedDoseMg: number, minutes: number[], complete = false) =>
  evaluateDeviceAdministrations({ plannedDoseMg, administrations: minutes.map((m) => device(m)), complete });
const rules = (result: ReturnType<typeof evaluate>): string[] => result.findings.map((f) => f.rule);

describe('evaluateDeviceAdministrations', () => {
  it.each<[string, number, number[], boolean, string[]]>([
    ['56 mg: two devices 5 min apart, complete', 56, [0, 5], true, []],
    ['84 mg: three devices 5 min apart, complete', 84, [0, 5, 10], true, []],
    ['84 mg in progress after two devices', 84, [0, 5], false, []],
    ['devices 4.9 min apart', 56, [0, 4.9], true, ['session.esketamine.device-interval@1']],
    ['a planned 28 mg dose', 28, [0], true, ['session.esketamine.planned-dose@1']],
    ['a planned 112 mg dose', 112, [0, 5, 10, 15], true, ['session.esketamine.planned-dose@1']],
    ['a third device on a 56 mg plan', 56, [0, 5, 10], false, ['session.esketamine.total-over-plan@1']],
    ['84 mg plan ended after two devices', 84, [0, 5], true, ['session.esketamine.total-equals-plan@1']],
  ])('%s', (_name, planned, minutes, complete, expected) => {
    expect(rules(evaluate(planned, minutes, complete))).toEqual(expected);
  });

  it('says when the next device may be given, and totals the dose', () => {
    const result = evaluate(84, [0, 6]);
    expect(result).toMatchObject({
      totalMg: 56,
      devicesGiven: 2,
      devicesPlanned: 3,
      firstDeviceAt: atMin(0),
      nextDeviceNotBefore: atMin(11),
    });
    expect(evaluate(84, [0, 6, 11]).nextDeviceNotBefore).toBeNull();
  });

  it('gives severities and sources from the label', () => {
    const [finding] = evaluate(56, [0, 3], true).findings;
    expect(finding).toMatchObject({ severity: 'hard-stop', source: { tag: 'L' }, values: { device: 2, gapMin: 3 } });
  });

  it.each<[string, DeviceAdministration[]]>([
    ['a device that is not 28 mg', [{ ...device(0), doseMg: 56 }]],
    ['a missing lot number', [device(0, ' ')]],
    ['devices out of order', [device(5), device(0)]],
    ['a time without a zone', [{ ...device(0), administeredAt: '2025-03-01T10:00:00' }]],
  ])('rejects %s', (_name, administrations) => {
    expect(() => evaluateDeviceAdministrations({ plannedDoseMg: 56, administrations, complete: false })).toThrow(
      InvalidInputError,
    );
  });

  it.each([0, -56, Number.NaN])('rejects a planned dose of %s mg', (plannedDoseMg) => {
    expect(() => evaluateDeviceAdministrations({ plannedDoseMg, administrations: [], complete: false })).toThrow(
      InvalidInputError,
    );
  });
});
