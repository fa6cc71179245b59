// The one command-line entry for technicians, tests and the demo: `kiosk <command> [options]`.
import { UsageError, type CliCommand } from './command';

/** Every subcommand, loaded on demand so `kiosk help` stays fast and needs no native module. */
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  collector: async () => (await import('./commands/collector')).collectorCommand,
  'fleet-server': async () => (await import('./commands/fleet-server')).fleetServerCommand,
  queue: async () => (await import('./commands/queue')).queueCommand,
  'read-card': async () => (await import('./commands/read-card')).readCardCommand,
  'emulate-reader': async () => (await import('./commands/emulate-reader')).emulateReaderCommand,
  'list-readers': async () => (await import('./commands/list-readers')).listReadersCommand,
  demo: async () => (await import('./commands/demo')).demoCommand,
  host: async () => (await import('./commands/host')).hostCommand,
  'verify-log': async () => (await import('./commands/verify-log')).verifyLogCommand,
  provision: async () => (await import('./commands/provision')).provisionCommand,
  selftest: async () => (await import('./commands/selftest')).selftestCommand,
  export: async () => (await import('./commands/export')).exportCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = args[0];
    const load = topic ? COMMANDS[topic] : undefined;
    if (load) {
      process.stdout.write(`${(await load()).usage}\n`);
      return 0;
    }
    const lines = await Promise.all(
      Object.entries(COMMANDS).map(
        async ([key, load]) => `  ${key.padEnd(16)} ${(await load()).summary}`,
      ),
    );
    process.stdout.write(`Usage: kiosk <command> [options]\n\nCommands:\n${lines.join('\n')}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`Unknown command "${name}". Run "kiosk help" for the list.\n`);
    return 2;
  }
  const command = await load();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      process.stderr.write(`${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

/** An unknown option, a missing value or a stray argument, as `util.parseArgs` reports them. */
const isArgumentError = (error: unknown): boolean =>
  error instanceof TypeError &&
  String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');

process.exitCode = await main(process.argv.slice(2));
