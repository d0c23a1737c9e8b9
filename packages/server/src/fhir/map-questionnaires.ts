import { getScale, type Scale, type ScaleAnswerOption, type ScaleItem } from '@chairside/domain';
import type {
  Coding,
  Observation,
  Patient,
  Practitioner,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
} from '@medplum/fhirtypes';
import type { QuestionnaireResponseRecord } from '../app/ports.js';
import { patientRef } from './map-patient.js';
import { localSystem, system } from './systems.js';

export const questionnaireUrl = (scaleId: string): string => `${localSystem.questionnaire}/${scaleId}`;

/** The answer as a coding: its LOINC answer code (LA…) where the scale has one, else a Chairside code. */
function answerCoding(scale: Scale, option: ScaleAnswerOption): Coding {
  return option.loincAnswerCode
    ? { system: system.loinc, code: option.loincAnswerCode, display: option.label }
    : { system: localSystem.scaleAnswer, code: `${scale.id}.${option.value}`, display: option.label };
}

function itemCoding(item: ScaleItem): Coding {
  return item.loincCode
    ? { system: system.loinc, code: item.loincCode, display: item.label }
    : { system: localSystem.scaleItem, code: item.id, display: item.label };
}

/**
 * A scale of the catalogue as a FHIR R4 Questionnaire (PHQ-9 carries LOINC panel 44249-1 and
 * its item and answer codes). Item text is the instrument's only where its licence allows it.
 */
export function toFhirQuestionnaire(scale: Scale): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: scale.id,
    url: questionnaireUrl(scale.id),
    version: String(scale.version),
    name: scale.abbreviation.replace(/[^A-Za-z0-9]/g, ''),
    title: scale.title,
    status: 'active',
    subjectType: ['Patient'],
    ...(scale.panelLoinc ? { code: [{ system: system.loinc, code: scale.panelLoinc, display: scale.title }] } : {}),
    description: `${scale.abbreviation}, ${scale.recallPeriod}. Total ${scale.totalRange.min}–${scale.totalRange.max}.`,
    copyright: scale.licence.note,
    item: scale.items.map((item) => ({
      linkId: item.id,
      code: [itemCoding(item)],
      prefix: String(item.number),
      text: item.label,
      type: 'choice',
      required: true,
      answerOption: scale.answerOptions.map((option) => ({ valueCoding: answerCoding(scale, option) })),
    })),
  };
}

function authorOf(r: QuestionnaireResponseRecord): Reference<Patient | Practitioner> {
  return r.enteredByRole === 'patient'
    ? patientRef({ id: r.patientId })
    : { reference: `Practitioner/${r.enteredByUserId}`, display: r.enteredByUsername };
}

/** A recorded response; unanswered items are absent (never imputed). */
export function toFhirQuestionnaireResponse(r: QuestionnaireResponseRecord): QuestionnaireResponse {
  const scale = getScale(r.scaleId);
  return {
    resourceType: 'QuestionnaireResponse',
    id: r.id,
    questionnaire: `${questionnaireUrl(scale.id)}|${r.scaleVersion}`,
    status: r.complete ? 'completed' : 'in-progress',
    subject: patientRef({ id: r.patientId }),
    authored: r.takenAt,
    author: authorOf(r),
    ...(r.enteredByRole === 'patient' ? { source: patientRef({ id: r.patientId }) } : {}),
    item: r.answers.map((answer) => {
      const item = scale.items.find((i) => i.id === answer.itemId);
      const option = scale.answerOptions.find((o) => o.value === answer.value);
      return {
        linkId: answer.itemId,
        ...(item ? { text: item.label } : {}),
        ...(option && answer.value !== null ? { answer: [{ valueCoding: answerCoding(scale, option) }] } : {}),
      };
    }),
  };
}

/**
 * The total score (LOINC total code where the scale has one, e.g. PHQ-9 44261-6) and one
 * Observation per answered item, each derived from the QuestionnaireResponse.
 */
export function scaleObservations(r: QuestionnaireResponseRecord): Observation[] {
  const scale = getScale(r.scaleId);
  const base = {
    resourceType: 'Observation' as const,
    status: 'final' as const,
    category: [{ coding: [{ system: system.observationCategory, code: 'survey', display: 'Survey' }] }],
    subject: patientRef({ id: r.patientId }),
    effectiveDateTime: r.takenAt,
    issued: r.recordedAt,
    derivedFrom: [{ reference: `QuestionnaireResponse/${r.id}` }],
  };
  const out: Observation[] = [];
  if (r.total !== null) {
    const code: Coding = scale.totalLoinc
      ? { system: system.loinc, code: scale.totalLoinc, display: `${scale.abbreviation} total score` }
      : { system: localSystem.scale, code: `${scale.id}.total`, display: `${scale.abbreviation} total score` };
    out.push({
      ...base,
      id: `${r.id}-total`,
      code: { coding: [code], text: `${scale.abbreviation} total score` },
      valueQuantity: { value: r.total, unit: '{score}', system: system.ucum, code: '{score}' },
      ...(r.bandLabel ? { interpretation: [{ text: r.bandLabel }] } : {}),
    });
  }
  for (const answer of r.answers) {
    const item = scale.items.find((i) => i.id === answer.itemId);
    const option = scale.answerOptions.find((o) => o.value === answer.value);
    if (!item || !option || answer.value === null) {
      continue;
    }
    out.push({
      ...base,
      id: `${r.id}-item-${item.number}`,
      code: { coding: [itemCoding(item)], text: item.label },
      valueCodeableConcept: { coding: [answerCoding(scale, option)], text: `${option.value} ${option.label}` },
    });
  }
  return out;
}
