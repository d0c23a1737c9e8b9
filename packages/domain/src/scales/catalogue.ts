import { checkIn } from './check-in.js';
import { cadss6, moaas } from './clinician-scales.js';
import { gad7 } from './gad7.js';
import { isi } from './isi.js';
import { painNrs } from './pain-nrs.js';
import { pcl5 } from './pcl5.js';
import { phq9 } from './phq9.js';
import type { Scale, ScaleId } from './scale.js';
import { wsas } from './wsas.js';

/** Every scale Chairside ships, by id (scale library v1). */
export const scaleCatalogue: Readonly<Record<ScaleId, Scale>> = {
  'phq-9': phq9,
  'gad-7': gad7,
  'pcl-5': pcl5,
  'pain-nrs': painNrs,
  isi,
  wsas,
  'cadss-6': cadss6,
  'moaa-s': moaas,
  'check-in': checkIn,
};

/**
 * The shipped definition of a scale.
 * @param id - the scale id
 */
export function getScale(id: ScaleId): Scale {
  return scaleCatalogue[id];
}
