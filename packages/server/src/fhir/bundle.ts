import type { Bundle, CapabilityStatement, OperationOutcome, Resource, ResourceType } from '@medplum/fhirtypes';
import { fhirJson, fhirVersion } from './systems.js';

export function searchBundle(base: string, resources: readonly Resource[], selfUrl: string, total?: number): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: total ?? resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/** A Bundle of a whole record (`$everything` and the patient's own download). */
export function collectionBundle(base: string, id: string, timestamp: string, resources: readonly Resource[]): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    type: 'searchset',
    timestamp,
    total: resources.length,
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export type IssueCode = 'not-found' | 'forbidden' | 'login' | 'invalid' | 'not-supported' | 'exception' | 'conflict';

export function operationOutcome(code: IssueCode, diagnostics: string, expression?: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics, ...(expression ? { expression: [expression] } : {}) }],
  };
}

export interface SearchParamDoc {
  readonly name: string;
  readonly type: 'token' | 'date' | 'reference' | 'string';
  readonly documentation: string;
}

/** The server's CapabilityStatement: read-only, JSON only, per-type search parameters. */
export function capabilityStatement(
  base: string,
  version: string,
  date: string,
  resources: readonly { type: ResourceType; read: boolean; params: readonly SearchParamDoc[] }[],
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Chairside',
    kind: 'instance',
    software: { name: 'Chairside', version },
    implementation: { description: 'Chairside FHIR R4 read-only API', url: base },
    fhirVersion,
    format: [fhirJson, 'json'],
    rest: [
      {
        mode: 'server',
        documentation: 'Read-only. Sign in first; a patient sees only their own record.',
        security: {
          description: 'Session cookie from /api/auth/sign-in; staff roles, or the patient for their own record.',
        },
        resource: resources.map((r) => ({
          type: r.type,
          interaction: [...(r.read ? [{ code: 'read' as const }] : []), { code: 'search-type' as const }],
          searchParam: r.params.map((p) => ({ ...p })),
          ...(r.type === 'Patient'
            ? {
                operation: [
                  { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
