import { describe, expect, it } from 'vitest';
import { parseCardDate } from '../../../src/core/idcard/card/card-date';
import { profileCard } from '../../../src/core/idcard/emulator/card-profile-schema';
import { buildRecordDraft, localTimestamp } from '../../../src/core/records/record-draft';
import { recordCardFields } from '../../../src/core/records/record-card-fields';
import { captureRecordV1 } from '../../../src/core/records/record-schema';
import type { CaptureDraft } from '../../../src/core/capture/ports';
import type { Frame } from '../../../src/shared/kiosk-api/frame';
import sharp from 'sharp';
import {
  listCardProfiles,
  readCardProfile,
} from '../../../src/core/idcard/emulator/load-card-profile';

const profiles = await Promise.all((await listCardProfiles()).map(readCardProfile));

const context = {
  deviceId: 'kiosk-test-01',
  pointCode: 'P0001',
  appVersion: '0.1.0',
  models: [{ role: 'embedding' as const, name: 'fr_feature.onnx', sha256: 'a'.repeat(64) }],
  targetFar: 0.001,
};

const faceDraft = (card: CaptureDraft['card']): CaptureDraft => ({
  card,
  capturedAtMs: Date.UTC(2026, 10, 25, 9, 30),
  consent: { version: 'v1', acceptedAtMs: Date.UTC(2026, 10, 25, 9, 29) },
  cardPhoto: null,
  livePhoto: null,
  verification: {
    method: 'face',
    match: { score: 0.8, threshold: 0.34, operatingPoint: 'far-1e-3' },
    liveness: { score: 0.95, threshold: 0.9 },
    attempts: 1,
  },
  cardReview: null,
});

describe('record drafts from captures', () => {
  it('keeps a JPEG live photo byte for byte and encodes an RGBA one as a JPEG of the same size', async () => {
    const jpeg = new Uint8Array(
      await sharp({ create: { width: 20, height: 16, channels: 3, background: '#8040c0' } })
        .jpeg()
        .toBuffer(),
    );
    const rgba = new Uint8Array(20 * 16 * 4).fill(200);
    const liveOf = async (livePhoto: Frame) => {
      const built = await buildRecordDraft(
        { ...faceDraft(profileCard(profiles[0]!)), livePhoto },
        context,
      );
      if (!built.ok || built.value.photos.transmitted !== 'live') throw new Error('no live photo');
      return Buffer.from(built.value.photos.livePhoto.data, 'base64');
    };
    expect(await liveOf({ width: 20, height: 16, format: 'jpeg', data: jpeg })).toEqual(
      Buffer.from(jpeg),
    );
    const encoded = await liveOf({ width: 20, height: 16, format: 'rgba', data: rgba });
    expect(await sharp(encoded).metadata()).toMatchObject({
      format: 'jpeg',
      width: 20,
      height: 16,
      channels: 3,
    });
  });

  it.each(profiles.map((p) => [p.card.type, p] as const))(
    'builds a schema-valid record for every shipped %s profile',
    async (_type, profile) => {
      const built = await buildRecordDraft(faceDraft(profileCard(profile)), context);
      expect(built.ok).toBe(true);
      if (!built.ok) return;
      expect(captureRecordV1.safeParse({ ...built.value, previousRecordHash: null }).success).toBe(
        true,
      );
      expect(built.value.photos).toEqual({ transmitted: 'none' });
    },
  );

  it('carries the card findings an operator confirmed and who confirmed them', async () => {
    const draft: CaptureDraft = {
      ...faceDraft(profileCard(profiles[0]!)),
      cardReview: {
        checks: ['unknown-nation-code', 'photo-unreadable'],
        operator: { id: 'operator-1', role: 'operator' },
        confirmedAtMs: Date.UTC(2026, 10, 25, 9, 28),
      },
    };
    const built = await buildRecordDraft(draft, context);
    if (!built.ok) throw new Error(built.error.code);
    expect(built.value.cardReview).toEqual({
      findings: ['unknown-nation-code', 'photo-unreadable'],
      confirmedBy: 'operator-1',
      confirmedAt: localTimestamp(Date.UTC(2026, 10, 25, 9, 28)),
    });
    expect(captureRecordV1.safeParse({ ...built.value, previousRecordHash: null }).success).toBe(
      true,
    );
    const unreviewed = await buildRecordDraft(faceDraft(profileCard(profiles[0]!)), context);
    expect(unreviewed.ok && 'cardReview' in unreviewed.value).toBe(false);
  });

  it('names the field a record cannot carry, never its value', () => {
    const card = { ...profileCard(profiles[0]!), birthDate: parseCardDate('20231350') };
    expect(recordCardFields(card)).toEqual({ ok: false, error: { field: 'birthDate' } });
  });

  it('refuses to record on a kiosk without a device id', async () => {
    const built = await buildRecordDraft(faceDraft(profileCard(profiles[0]!)), {
      ...context,
      deviceId: null,
    });
    expect(built).toMatchObject({ ok: false, error: { code: 'kiosk.not-provisioned' } });
  });

  it('writes local time with milliseconds and the UTC offset', () => {
    expect(localTimestamp(Date.UTC(2026, 0, 2, 3, 4, 5, 6))).toMatch(
      /^2026-01-0[12]T\d\d:\d\d:05\.006[+-]\d\d:\d\d$/,
    );
    for (const ms of [0, 1_795_000_000_123, Date.UTC(2026, 5, 30, 23, 59, 59, 999)])
      expect(new Date(localTimestamp(ms)).getTime()).toBe(ms);
  });
});
