// The staff side of the fleet API: kiosk registration, the kiosk list and page, publications.
// Every change needs a technician login and leaves an audit entry.
import { z } from 'zod';
import { keyIdOf, parseEd25519PublicKey } from '../core/records/record-signature';
import { deviceIdSchema, pointCodeSchema } from '../shared/kiosk-api/setup-commands';
import type { Locale } from '../shared/i18n/locale';
import { err, ok, type Result } from '../shared/result';
import type { ProblemAnswer } from '../collector/problem-response';
import { renderFleetPage } from './fleet-page';
import { checkPublication, checkRelease } from './fleet-publish';
import type { FleetStore } from './fleet-store';
import type { Staff } from './staff-auth';

/** An answer of a staff route: JSON or the page. */
export type StaffAnswer =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'html'; readonly html: string };

const registrationSchema = z.strictObject({
  publicKey: z.base64(),
  pointCode: pointCodeSchema,
  countyCode: pointCodeSchema,
});

const readJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
};

/** The staff routes over a store; `now` stamps audit entries. */
export function staffRoutes(store: FleetStore, now: () => number, intervalS: number) {
  const technician = (staff: Staff): Result<true, ProblemAnswer> =>
    staff.role === 'technician' ? ok(true) : err({ type: 'forbidden' });
  return {
    async registerKiosk(
      staff: Staff,
      deviceId: string,
      body: Buffer,
    ): Promise<Result<StaffAnswer, ProblemAnswer>> {
      const allowed = technician(staff);
      if (!allowed.ok) return allowed;
      const id = deviceIdSchema.safeParse(deviceId);
      const parsed = registrationSchema.safeParse(readJson(body));
      if (!id.success || !parsed.success || !parseEd25519PublicKey(parsed.data.publicKey))
        return err({
          type: 'invalid-config',
          detail: 'need a device id, a base64 SPKI Ed25519 publicKey, pointCode and countyCode',
        });
      const keyId = keyIdOf(Buffer.from(parsed.data.publicKey, 'base64'));
      await store.registerKiosk({ deviceId, keyId, ...parsed.data }, now());
      await store.audit(
        staff.name,
        'kiosk.register',
        { deviceId, keyId, pointCode: parsed.data.pointCode },
        now(),
      );
      return ok({ kind: 'json', status: 200, body: { deviceId, keyId } });
    },
    async publishConfig(staff: Staff, body: Buffer): Promise<Result<StaffAnswer, ProblemAnswer>> {
      const allowed = technician(staff);
      if (!allowed.ok) return allowed;
      const checked = checkPublication(readJson(body));
      if (!checked.ok) return err({ type: 'invalid-config', detail: checked.error });
      const { scope, document } = checked.value;
      const version = await store.publishConfig(scope, document, staff.name, now());
      await store.audit(staff.name, 'config.publish', { version, ...scope }, now());
      return ok({ kind: 'json', status: 201, body: { version } });
    },
    async publishRelease(staff: Staff, body: Buffer): Promise<Result<StaffAnswer, ProblemAnswer>> {
      const allowed = technician(staff);
      if (!allowed.ok) return allowed;
      const checked = checkRelease(readJson(body));
      if (!checked.ok) return err({ type: 'invalid-release', detail: checked.error });
      await store.publishRelease(checked.value, staff.name, now());
      const { version, percentage } = checked.value;
      await store.audit(staff.name, 'release.publish', { version, percentage }, now());
      return ok({ kind: 'json', status: 201, body: { version, percentage } });
    },
    async listKiosks(query: URLSearchParams): Promise<StaffAnswer> {
      const filter = {
        point: query.get('point') || undefined,
        county: query.get('county') || undefined,
      };
      return { kind: 'json', status: 200, body: { kiosks: await store.listKiosks(filter) } };
    },
    async page(query: URLSearchParams): Promise<StaffAnswer> {
      const all = await store.listKiosks({});
      const filter = {
        point: query.get('point') || undefined,
        county: query.get('county') || undefined,
      };
      const locale: Locale = query.get('lang') === 'en' ? 'en' : 'zh-CN';
      const rows = all.filter(
        (r) =>
          (!filter.point || r.pointCode === filter.point) &&
          (!filter.county || r.countyCode === filter.county),
      );
      const places = all.map((r) => ({ county: r.countyCode, point: r.pointCode }));
      return {
        kind: 'html',
        html: renderFleetPage({ rows, places, filter, locale, nowMs: now(), intervalS }),
      };
    },
  };
}
