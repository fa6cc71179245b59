// Error answers as RFC 9457 problem details of the collector and the fleet service. The `type`
// URIs are documented in docs/upload-api.md and docs/fleet-api.md;
// `detail` is English for platform developers and never carries personal data.
import type { ServerResponse } from 'node:http';

/** The problem types the collector answers with. */
type ProblemType =
  | 'bad-content-digest'
  | 'bad-request-signature'
  | 'unknown-key'
  | 'bad-idempotency-key'
  | 'malformed-json'
  | 'invalid-envelope'
  | 'key-mismatch'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'not-found'
  | 'method-not-allowed'
  // The fleet service's own (docs/fleet-api.md):
  | 'invalid-heartbeat'
  | 'staff-login-required'
  | 'forbidden'
  | 'invalid-config'
  | 'invalid-release';

/** The base of every problem type URI (a documentation anchor, not fetched by clients). */
const PROBLEM_BASE = 'https://kiosk.invalid/problems/';

const TITLES: Record<ProblemType, readonly [status: number, title: string]> = {
  'bad-content-digest': [400, 'Content-Digest does not match the body'],
  'bad-request-signature': [401, 'The request signature does not verify'],
  'unknown-key': [401, 'The signing key is not registered'],
  'bad-idempotency-key': [400, 'Idempotency-Key must equal the record id'],
  'malformed-json': [400, 'The body is not JSON'],
  'invalid-envelope': [422, 'The signed envelope is invalid'],
  'key-mismatch': [422, 'The envelope key is not the key registered under this key id'],
  conflict: [409, 'A different record with this id is already stored'],
  'payload-too-large': [413, 'The body is too large'],
  'unsupported-media-type': [415, 'The body must be application/json'],
  'not-found': [404, 'No such resource'],
  'method-not-allowed': [405, 'Method not allowed'],
  'invalid-heartbeat': [422, 'The heartbeat does not match the heartbeat schema'],
  'staff-login-required': [401, 'A staff login is required'],
  forbidden: [403, 'This staff role may not do that'],
  'invalid-config': [422, 'The configuration cannot be published'],
  'invalid-release': [422, 'The release cannot be published'],
};

/** A problem answer before it is written. */
export interface ProblemAnswer {
  readonly type: ProblemType;
  readonly detail?: string;
}

/** Writes a problem+json answer. */
export function sendProblem(res: ServerResponse, instance: string, problem: ProblemAnswer): void {
  const [status, title] = TITLES[problem.type];
  const body = {
    type: PROBLEM_BASE + problem.type,
    title,
    status,
    instance,
    ...(problem.detail ? { detail: problem.detail } : {}),
  };
  if (status === 401)
    res.setHeader(
      'www-authenticate',
      problem.type === 'staff-login-required'
        ? 'Basic realm="fleet", charset="UTF-8"'
        : 'Signature',
    );
  res.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify(body));
}
