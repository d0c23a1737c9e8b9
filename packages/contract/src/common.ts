import { Type, type TSchema } from 'typebox';

/** A text field with a maximum length: every string the API accepts has one. */
export const Text = (
  maxLength: number,
  options: { minLength?: number; description?: string; examples?: string[] } = {},
) => Type.String({ maxLength, ...options });

/** A non-blank text field. */
export const RequiredText = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
export const IsoDate = Type.String({ format: 'date', maxLength: 10, examples: ['1984-03-17'] });
export const IsoDateTime = Type.String({ format: 'date-time', maxLength: 40 });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Phone = Type.String({ maxLength: 40, pattern: '^[0-9 +().\\-x]*$' });

/** An object that rejects unknown fields. */
export const Strict = <T extends Record<string, TSchema>>(properties: T, options: { description?: string } = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const IdParams = Strict({ id: Uuid });
export type IdParams = Type.Static<typeof IdParams>;

export const VersionedBody = {
  version: Type.Integer({ minimum: 1, description: 'The version you read; a mismatch is a 409' }),
};

export const Page = Strict({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
});
