// Staff logins of the fleet service: HTTP Basic over TLS against scrypt password hashes from the
// staff file. A verified login is remembered briefly (keyed by a hash of the header) so the page
// and API do not pay 0.3 s of scrypt on every request.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PIN_HASH_PATTERN, verifyPin } from '../core/staff/pin-hash';

/** What a staff member may do: viewers read the fleet; technicians also register kiosks and publish. */
type StaffRole = 'viewer' | 'technician';

/** A logged-in staff member. */
export interface Staff {
  readonly name: string;
  readonly role: StaffRole;
}

const staffFileSchema = z.array(
  z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
    role: z.enum(['viewer', 'technician']),
    passwordHash: z.string().regex(PIN_HASH_PATTERN),
  }),
);

/** A staff list entry. */
export type StaffAccount = z.infer<typeof staffFileSchema>[number];

/** Reads the staff file (JSON array of `{ name, role, passwordHash }`); throws with the file and field at fault. */
export function readStaffFile(path: string): StaffAccount[] {
  const parsed = staffFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

const REMEMBER_MS = 5 * 60_000;

/** Checks `Authorization: Basic` headers against the accounts; resolves to the staff member or null. */
export function createStaffAuth(accounts: readonly StaffAccount[], now: () => number) {
  const remembered = new Map<string, { staff: Staff; untilMs: number }>();
  return async (authorization: string | undefined): Promise<Staff | null> => {
    if (!authorization?.startsWith('Basic ')) return null;
    const digest = createHash('sha256').update(authorization).digest('base64');
    const known = remembered.get(digest);
    if (known && known.untilMs > now()) return known.staff;
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const account = accounts.find((a) => a.name === decoded.slice(0, colon));
    if (colon < 0 || !account || !(await verifyPin(decoded.slice(colon + 1), account.passwordHash)))
      return null;
    const staff = { name: account.name, role: account.role };
    remembered.set(digest, { staff, untilMs: now() + REMEMBER_MS });
    return staff;
  };
}
