// The one low scrypt cost of the tests: logins and account set-ups stay quick, while the hash
// format and the checks are the same as production's.
import type { PinHashCost } from '../../src/core/staff/pin-hash';

/** scrypt at N = 2^10 instead of production's 2^15. */
export const CHEAP_PIN_COST: PinHashCost = { N: 2 ** 10, r: 8, p: 1 };
