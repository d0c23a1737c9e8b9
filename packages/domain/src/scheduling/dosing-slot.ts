/**
 * How long a chair is held for a dosing session: the protocol's dosing time, the minimum
 * observation before discharge (DEFAULTS.md §5: IV/IM 30 min after the end of dosing [C];
 * esketamine 120 min from the first device [L]) and a turnover buffer [P].
 */
import type { CourseProtocolId } from '../course/course.js';
import { protocolLibraryV1 } from '../protocols/library.js';
import type { Protocol } from '../protocols/types.js';
import { defaultDischargeCriteria } from '../recovery/discharge-criteria.js';

/** Chair turnover (cleaning, handover) between patients [P Chairside policy]. */
export const chairTurnoverBufferMin = 15;
/** Time to prepare and give an IM injection; the observation runs from its end [P]. */
export const imAdministrationMin = 10;

export interface DosingSlotPlan {
  readonly protocolId: CourseProtocolId;
  readonly dosingMin: number;
  readonly observationMin: number;
  readonly bufferMin: number;
  readonly lengthMin: number;
  readonly explanation: string;
}

function dosingMinOf(protocol: Protocol): { dosingMin: number; observationMin: number } {
  const observation = defaultDischargeCriteria.observation;
  switch (protocol.dose.mode) {
    case 'mg-per-kg-over-duration':
    case 'mg-per-kg-per-hour-infusion':
      return { dosingMin: protocol.dose.defaultDurationMin, observationMin: observation.afterDosingEndMin };
    case 'mg-per-kg-single-injection':
      return { dosingMin: imAdministrationMin, observationMin: observation.afterDosingEndMin };
    case 'fixed-mg-devices':
      // The 120 min observation counts from the first device, so dosing sits inside it.
      return { dosingMin: 0, observationMin: observation.afterFirstDeviceMin };
  }
}

/** The chair time a dosing session of the protocol needs. */
export function dosingSlotPlanFor(protocolId: CourseProtocolId, bufferMin = chairTurnoverBufferMin): DosingSlotPlan {
  const protocol = protocolLibraryV1[protocolId];
  const { dosingMin, observationMin } = dosingMinOf(protocol);
  const lengthMin = dosingMin + observationMin + bufferMin;
  const explanation =
    dosingMin === 0
      ? `${observationMin} min observation from the first device + ${bufferMin} min turnover`
      : `${dosingMin} min dosing + ${observationMin} min observation + ${bufferMin} min turnover`;
  return { protocolId, dosingMin, observationMin, bufferMin, lengthMin, explanation };
}
