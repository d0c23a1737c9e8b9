/** Informed consent: capture, withdrawal and validity. */
import { Type } from 'typebox';
import { IsoDateTime, RequiredText, Strict, Uuid } from './common.js';

export const RouteSchema = Type.Union([Type.Literal('iv'), Type.Literal('im'), Type.Literal('intranasal')]);

/** A drawn signature: a PNG data URL from the canvas, at most ~150 kB. */
export const SignaturePng = Type.String({ maxLength: 200_000, pattern: '^data:image/png;base64,[A-Za-z0-9+/=]+$' });

export const RecordConsentBody = Strict({
  route: RouteSchema,
  formVersion: Type.Integer({ minimum: 1, maximum: 1000, description: 'The form version the patient read' }),
  acknowledgedElements: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 50 }),
  patientTypedName: RequiredText(200),
  signatureMethod: Type.Union([Type.Literal('drawn'), Type.Literal('checkbox')]),
  signaturePng: Type.Optional(SignaturePng),
  patientSignedAt: IsoDateTime,
});
export type RecordConsentBody = Type.Static<typeof RecordConsentBody>;

export const WithdrawConsentBody = Strict({ reason: RequiredText(1000) });

export const ConsentRecord = Type.Object({
  id: Uuid,
  patientId: Uuid,
  route: Type.String(),
  formId: Type.String(),
  formVersion: Type.Integer(),
  acknowledgedElements: Type.Array(Type.String()),
  patientTypedName: Type.String(),
  signatureMethod: Type.String(),
  hasDrawnSignature: Type.Boolean(),
  patientSignedAt: IsoDateTime,
  witnessedBy: Type.String(),
  recordedAt: IsoDateTime,
  withdrawal: Type.Union([Type.Null(), Type.Object({ at: IsoDateTime, by: Type.String(), reason: Type.String() })]),
});

export const ConsentValidQuery = Strict({
  protocolId: Type.Union([
    Type.Literal('iv-depression'),
    Type.Literal('iv-pain'),
    Type.Literal('im-depression'),
    Type.Literal('in-esketamine-trd'),
  ]),
});
export const ConsentValidResponse = Type.Object({
  hasValidConsent: Type.Boolean(),
  route: Type.String(),
  formVersion: Type.Integer(),
  consentId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});
