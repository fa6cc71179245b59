/**
 * Imported first by the entry: zod's compiled fast path probes `new Function`, which the host's
 * Content-Security-Policy forbids (and reports as a violation). Schemas built later read this flag.
 */
import { config } from 'zod';

config({ jitless: true });
