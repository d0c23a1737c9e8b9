import { sessionSeverityRank } from '@chairside/domain';
import type { VitalBand } from '../vital-bands';

export function worstBand(bands: readonly VitalBand[]): VitalBand {
  let worst: VitalBand = 'normal';
  for (const band of bands) {
    if (band !== 'normal' && (worst === 'normal' || sessionSeverityRank[band] > sessionSeverityRank[worst])) {
      worst = band;
    }
  }
  return worst;
}
