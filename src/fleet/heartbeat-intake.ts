// POST /v1/heartbeats: checks the device signature, stores the beat, and answers with the remote
// configuration and update the kiosk should have (each signed with the fleet key), if any.
import { parseEd25519PublicKey } from '../core/records/record-signature';
import { fleetSign, type FleetKey } from '../core/fleet/fleet-signature';
import { mergeLayer, type JsonObject } from '../shared/config/config-layers';
import { CONFIG_VERSION } from '../shared/config/config-schema';
import {
  heartbeatSchema,
  type Heartbeat,
  type HeartbeatReply,
  type SignedConfig,
} from '../shared/fleet/heartbeat-schema';
import { err, ok, type Result } from '../shared/result';
import type { ProblemAnswer } from '../collector/problem-response';
import { checkSignedPost, claimedKeyId, type SignedPost } from '../collector/signed-request-check';
import type { FleetStore, KioskIdentity } from './fleet-store';
import { inRollout } from './staged-rollout';

/** What the intake needs. */
export interface IntakeDeps {
  readonly store: FleetStore;
  readonly fleetKey: FleetKey;
  readonly now: () => number;
  readonly intervalS: number;
}

async function configFor(
  deps: IntakeDeps,
  kiosk: KioskIdentity,
  beat: Heartbeat,
): Promise<SignedConfig | null> {
  const versions = await deps.store.configsFor(kiosk.deviceId, kiosk.pointCode);
  if (versions.length === 0) return null;
  const version = Math.max(...versions.map((v) => v.version));
  // Sent until the kiosk reports it applied or refused this exact version: nothing to track here.
  if (version === beat.config.appliedVersion || version === beat.config.refused?.version)
    return null;
  const document = versions.reduce<JsonObject>((merged, v) => mergeLayer(merged, v.document), {
    version: CONFIG_VERSION,
  });
  return fleetSign(
    { version, deviceId: kiosk.deviceId, issuedAtMs: deps.now(), document },
    deps.fleetKey,
  );
}

async function updateFor(deps: IntakeDeps, beat: Heartbeat) {
  const release = await deps.store.latestRelease();
  if (!release || release.version === beat.appVersion) return null;
  if (!inRollout(beat.deviceId, release.percentage)) return null;
  const { version, url, sha512 } = release;
  return fleetSign({ version, url, sha512 }, deps.fleetKey);
}

/** Checks and stores one heartbeat; returns the reply or the problem to answer. */
export async function acceptHeartbeat(
  deps: IntakeDeps,
  req: SignedPost,
): Promise<Result<HeartbeatReply, ProblemAnswer>> {
  const keyId = claimedKeyId(req.headers);
  const kiosk = keyId === undefined ? null : await deps.store.kioskByKey(keyId);
  const signed = checkSignedPost(req, (id) =>
    id === keyId && kiosk ? (parseEd25519PublicKey(kiosk.publicKey) ?? undefined) : undefined,
  );
  if (!signed.ok) return signed;
  if (!kiosk) return err({ type: 'unknown-key' });
  let json: unknown;
  try {
    json = JSON.parse(req.body.toString('utf8'));
  } catch {
    return err({ type: 'malformed-json' });
  }
  const parsed = heartbeatSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err({
      type: 'invalid-heartbeat',
      detail: `${issue?.path.join('.')}: ${issue?.message}`,
    });
  }
  const beat = parsed.data;
  if (beat.deviceId !== kiosk.deviceId)
    return err({ type: 'key-mismatch', detail: `the signing key belongs to ${kiosk.deviceId}` });
  await deps.store.recordHeartbeat(beat, deps.now());
  return ok({
    intervalS: deps.intervalS,
    config: await configFor(deps, kiosk, beat),
    update: await updateFor(deps, beat),
  });
}
