import { getScale, InvalidInputError, isScaleId, type Scale } from '@chairside/domain';

/**
 * The scale named by a request, or a field error: an unknown scale is bad input, never guessed.
 * @param scaleId - the id as sent
 * @param field - the field to name in the error
 */
export function scaleOrFail(scaleId: string, field = 'scaleId'): Scale {
  if (!isScaleId(scaleId)) {
    throw InvalidInputError.forField(field, `Unknown scale "${scaleId}"`);
  }
  return getScale(scaleId);
}
