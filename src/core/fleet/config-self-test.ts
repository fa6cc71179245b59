// The self-test a remote configuration must pass once in force, over what a remote layer can
// break: a new upload endpoint must answer, and the disk floor must not stop captures at once.
import type { KioskConfig } from '../../shared/config/config-schema';
import type { Clock } from '../clock';
import { checkEndpoint } from '../device/selftest-endpoint';
import { checkDisk } from '../device/selftest-local';

/** Whether `next` may stay in force; `previous` is the configuration it replaces. */
export async function remoteConfigSelfTest(
  next: KioskConfig,
  previous: KioskConfig,
  clock: Clock,
): Promise<boolean> {
  const endpoint = next.upload.endpoint;
  if (endpoint !== null && endpoint !== previous.upload.endpoint) {
    const reached = await checkEndpoint(endpoint, clock);
    if (reached.endpoint.status === 'fail') return false;
  }
  return (await checkDisk(next.storage)).status !== 'fail';
}
