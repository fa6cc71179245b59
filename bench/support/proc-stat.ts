// Figures of another process from Linux /proc, for the benches that measure a receiver, the fleet
// service or PostgreSQL beside the process they drive.
import { readFileSync } from 'node:fs';

/** USER_HZ: Linux reports process times in ticks of 1/100 s on every architecture we run. */
const CLOCK_TICKS_PER_S = 100;

/** The fields of /proc/PID/stat after the command name's closing parenthesis (index 0 is field 3). */
export function procStatFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system: fields 14 and 15) the process has used so far. */
export function processCpuSeconds(pid: number): number {
  const fields = procStatFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
}
