// What technicians publish: configuration layers (checked against the same schema and remote gate
// as the kiosks will apply) and releases with their rollout share.
import { z } from 'zod';
import { deviceIdSchema, pointCodeSchema } from '../shared/kiosk-api/setup-commands';
import type { JsonObject } from '../shared/config/config-layers';
import { resolveConfig } from '../shared/config/config-resolve';
import { upgradeLayer } from '../shared/config/config-upgrade';
import { checkRemoteLayer } from '../shared/config/remote-config-gate';
import { signedUpdateSchema } from '../shared/fleet/heartbeat-schema';
import { err, ok, type Result } from '../shared/result';
import type { ConfigScope, Release } from './fleet-store';

const publicationSchema = z.discriminatedUnion('scope', [
  z.strictObject({ scope: z.literal('fleet'), document: z.record(z.string(), z.unknown()) }),
  z.strictObject({
    scope: z.literal('point'),
    target: pointCodeSchema,
    document: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({
    scope: z.literal('kiosk'),
    target: deviceIdSchema,
    document: z.record(z.string(), z.unknown()),
  }),
]);

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`;
};

/**
 * Checks a publication. Identity-assurance settings pass here: each kiosk decides by its own site
 * policy. Settings that are never remote, and values the schema refuses, stop here.
 */
export function checkPublication(
  body: unknown,
): Result<{ scope: ConfigScope; document: JsonObject }, string> {
  const parsed = publicationSchema.safeParse(body);
  if (!parsed.success) return err(firstIssue(parsed.error));
  const { document: raw, ...scope } = parsed.data;
  const upgraded = upgradeLayer(raw);
  if (!upgraded.ok) return err(`document.version: ${upgraded.error.kind}`);
  const document = upgraded.value;
  const gate = checkRemoteLayer(document, true);
  if (!gate.ok) return err(`${gate.error.field}: set on the kiosk only, never remotely`);
  const resolved = resolveConfig([{ source: 'publication', document }]);
  if (!resolved.ok) {
    const issue = resolved.error;
    return err(issue.kind === 'invalid' ? `${issue.field}: ${issue.allowed}` : issue.kind);
  }
  return ok({ scope, document });
}

const releaseSchema = signedUpdateSchema.shape.payload.extend({
  percentage: z.int().min(0).max(100),
});

/** Checks a release publication: version, provider URL, artefact sha512 and rollout percentage. */
export function checkRelease(body: unknown): Result<Release, string> {
  const parsed = releaseSchema.safeParse(body);
  return parsed.success ? ok(parsed.data) : err(firstIssue(parsed.error));
}
