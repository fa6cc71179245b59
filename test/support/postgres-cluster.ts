// A throw-away PostgreSQL cluster for the fleet tests and bench: initdb + pg_ctl in a temp dir on
// a free port, removed again on stop. PostgreSQL refuses to run as root (CI runs as root), so the
// server then runs as the unprivileged `postgres` user that Debian's package creates.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running cluster: its connection string and how to remove it. */
export interface PostgresCluster {
  readonly url: string;
  /** The data directory (its postmaster.pid names the server process, for CPU figures). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** The newest installed server binaries (`PG_BIN` overrides), or a message naming the package. */
function serverBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  let versions: number[] = [];
  try {
    versions = readdirSync(root).map(Number).filter(Number.isInteger);
  } catch {
    // handled below with a message that says what to install
  }
  const newest = Math.max(...versions);
  if (!Number.isFinite(newest))
    throw new Error(
      'PostgreSQL server binaries not found: apt-get install postgresql (or set PG_BIN)',
    );
  return join(root, String(newest), 'bin');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Runs a server binary, as `postgres` when we are root. */
async function asServerUser(binary: string, args: readonly string[]): Promise<void> {
  const asRoot = userInfo().uid === 0;
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, [...args]];
  await run(file, argv, { timeout: 60_000 });
}

function postgresIds(): { uid: number; gid: number } {
  // Resolved through `id` rather than parsing /etc/passwd, so NSS-provided users work too.
  const id = (flag: string) => Number(String(execFileSync('id', [flag, 'postgres'])).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Creates and starts a cluster with trust auth on 127.0.0.1 only; fsync off (tests only). */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = serverBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pg-'));
  if (userInfo().uid === 0) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await asServerUser(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'fleet',
      '-A',
      'trust',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    await asServerUser(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://fleet@127.0.0.1:${port}/postgres`,
    dataDir: data,
    async stop() {
      await asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']).catch(
        () => undefined,
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
