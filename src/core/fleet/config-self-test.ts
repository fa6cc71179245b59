// The self-test a remote configuration must pass once in force, over what a remote layer can
// break: the operating point must be one the loaded calibration holds (else the kiosk would refuse
// to start next time), a new upload endpoint must answer, and the disk floor must not stop captures.
import type { KioskConfig } from '../../shared/config/config-schema';
import type { Clock } from '../clock';
import { checkEndpoint } from '../device/selftest-endpoint';
import { checkDisk } from '../device/selftest-local';

/** Whether `next` may stay in force; `previous` is the configuration it replaces. */
export async function remoteConfigSelfTest(
  next: KioskConfig,
  previous: KioskConfig,
  context: { readonly clock: Clock; readonly operatingPoints: readonly string[] },
): Promise<boolean> {
  if (!context.operatingPoints.includes(next.face.operatingPoint)) return false;
  const endpoint = next.upload.endpoint;
  if (endpoint !== null && endpoint !== previous.upload.endpoint) {
    const reached = await checkEndpoint(endpoint, context.clock);
    if (reached.endpoint.status === 'fail') return false;
  }
  return (await checkDisk(next.storage)).status !== 'fail';
}
