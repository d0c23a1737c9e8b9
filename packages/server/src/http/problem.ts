import { DomainError, ErrorCode, type FieldFault } from '@chairside/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

interface ProblemKind {
  readonly status: number;
  readonly title: string;
}

/** The one table from stable error codes to HTTP problem documents (RFC 9457). */
const problemKinds: Readonly<Record<string, ProblemKind>> = {
  [ErrorCode.InvalidInput]: { status: 422, title: 'The request is not valid' },
  [ErrorCode.MissingInput]: { status: 422, title: 'A required value is missing' },
  [ErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [ErrorCode.Conflict]: { status: 409, title: 'Conflict with the current state' },
  [ErrorCode.StaleVersion]: { status: 409, title: 'The record was changed by someone else' },
  [ErrorCode.Forbidden]: { status: 403, title: 'Not allowed for your role' },
  [ErrorCode.Unauthenticated]: { status: 401, title: 'Sign-in required' },
  [ErrorCode.AccountLocked]: { status: 423, title: 'Account locked' },
  [ErrorCode.RuleViolation]: { status: 422, title: 'A clinical rule stops this' },
  [ErrorCode.InvalidTransition]: { status: 409, title: 'Not possible in the current state' },
  VALIDATION_FAILED: { status: 400, title: 'The request does not match the schema' },
  MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Send application/json' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  CSRF_TOKEN_INVALID: { status: 403, title: 'Missing or wrong CSRF token' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such endpoint' },
  INTERNAL_ERROR: { status: 500, title: 'Something went wrong on our side' },
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: FieldFault[];
  findings?: unknown[];
}

export function problemOf(code: string, detail: string | undefined, extra: Partial<ProblemBody> = {}): ProblemBody {
  const kind = problemKinds[code] ?? { status: 500, title: 'Something went wrong on our side' };
  return {
    type: `/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: kind.title,
    status: kind.status,
    ...(detail === undefined ? {} : { detail }),
    code,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ProblemBody): FastifyReply {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.id });
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Names the field at fault in the words a form can show beside it. */
export function fieldFaultsOf(validation: readonly AjvError[], context: string | undefined): FieldFault[] {
  return validation.map((error) => {
    const path = error.instancePath.replace(/^\//, '');
    const missing = typeof error.params['missingProperty'] === 'string' ? error.params['missingProperty'] : null;
    const extra = typeof error.params['additionalProperty'] === 'string' ? error.params['additionalProperty'] : null;
    const field = [path, missing ?? extra].filter(Boolean).join('/') || (context ?? 'body');
    const message = missing
      ? 'is required'
      : extra
        ? 'is not a known field'
        : error.keyword === 'format'
          ? `must be a valid ${String(error.params['format'])}`
          : (error.message ?? 'is not valid');
    return { field, message };
  });
}

/** Converts anything thrown in a request into a problem document; internals never leak. */
export function toProblem(error: unknown, request: FastifyRequest): ProblemBody {
  if (error instanceof DomainError) {
    return problemOf(error.code, error.message, {
      ...(error.details.fields ? { errors: [...error.details.fields] } : {}),
      ...(error.details.findings ? { findings: [...error.details.findings] } : {}),
    });
  }
  const fastifyError = error as Partial<FastifyError> & { validation?: AjvError[]; validationContext?: string };
  if (fastifyError.validation) {
    const errors = fieldFaultsOf(fastifyError.validation, fastifyError.validationContext);
    const detail = errors.map((e) => `${e.field} ${e.message}`).join('; ');
    return problemOf('VALIDATION_FAILED', detail, { errors });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problemOf('MALFORMED_JSON', fastifyError.message, {
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problemOf('UNSUPPORTED_MEDIA_TYPE', fastifyError.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf('PAYLOAD_TOO_LARGE', fastifyError.message);
    case undefined:
    default:
      break;
  }
  if (error instanceof SyntaxError && (fastifyError.statusCode ?? 0) === 400) {
    return problemOf('MALFORMED_JSON', error.message, { errors: [{ field: 'body', message: 'is not valid JSON' }] });
  }
  request.log.error({ err: error }, 'unhandled error');
  return problemOf('INTERNAL_ERROR', 'The error was logged with this request id; the request changed nothing.');
}
