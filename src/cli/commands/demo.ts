// `kiosk demo`: one complete capture on simulated devices through the real code paths: the SAM
// emulator on a serial link (a socat pty, or in-process without socat), the serial reader loop, the capture session, the face engine process,
// a signed and sealed record in a temporary SQLite file, and its upload to a reference collector.
import { parseArgs } from 'node:util';
import { createJsonLogger, type Logger } from '../../core/log/logger';
import {
  CLIP_FPS,
  DEMO_ATTACK_KINDS,
  loadDemoClip,
  makeDemoAttackClip,
  type DemoAttackKind,
} from '../../demo/demo-clip';
import { startDemoRig, type DemoRig } from '../../demo/demo-rig';
import type { DemoLinkKind } from '../../demo/demo-link';
import { DemoFlagError, demoPlatformFromFlags } from '../../demo/demo-platform';
import { listCardProfiles } from '../../core/idcard/emulator/load-card-profile';
import { runDemoCapture } from '../../demo/demo-scenario';
import { formatStepTable } from '../../demo/step-table';
import { startDemoWatch } from '../../demo/demo-watch';
import { parseSpeed } from '../../core/idcard/emulator/emulator-control';
import { CARD_POLICY_REASON_TEXT } from '../../shared/i18n/catalog-card-policy';
import type { LocalizedText } from '../../shared/i18n/locale';
import { UsageError, type CliCommand } from '../command';

/** What the worker's screen says for a card refusal or review, or undefined for other endings. */
function cardPolicyText(reasonKey: string): LocalizedText | undefined {
  return Object.hasOwn(CARD_POLICY_REASON_TEXT, reasonKey)
    ? CARD_POLICY_REASON_TEXT[reasonKey as keyof typeof CARD_POLICY_REASON_TEXT]
    : undefined;
}

const usage = `Usage: kiosk demo [--impostor | --attack still|planar|tilt|replay] [--card NAME] [--endpoint URL] [--platform NAME [--credentials FILE]] [--json] [--real-speed | --delay-ms N] [--models DIR] [--verbose] [--open]

Runs one capture: SAM emulator (synthetic resident card, portrait of the person in assets/demo)
on a socat pty, or on serialport's mock binding in-process when socat is not installed → reader
loop → consent (accepted automatically) → camera frames of real video of that person talking
(GRID corpus, 15 fps, looping) → face engine process → decision → signed, sealed record in a
temporary SQLite file → upload to a reference collector on 127.0.0.1 → acknowledgement. Prints
each step with its time, then a table.
  --impostor      the card carries the cameraman's photo: the face match rejects (still exit 0)
  --attack KIND   the camera sees a printed photo of the person instead (still, planar: moved in
                  the image plane, tilt: turned in perspective), or (replay) their talking video
                  on a screen, which is asked to turn its head: liveness refuses (still exit 0)
  --card NAME     the emulator profile of the card (default resident): expired, bad-checksum,
                  not-yet-valid, birth-mismatch end "refused" by the default card policy;
                  region-mismatch, unknown-nation, no-photo stop at the card review
  --endpoint URL  upload to this receiver instead of starting a collector
  --platform NAME reference (default) or national-standard: the adapter the kiosk uploads with;
                  without --endpoint the demo starts that platform's reference receiver
  --credentials FILE  JSON {"api_key", "api_secret", "des_key"?} for national-standard (kept in the
                  demo kiosk's vault); with des_key the ID number is DES-wrapped
  --json          end with one JSON line {decision, reason, finding, recordId, uploadStatus,
                  stepTimesMs}; reason is the session's reason key (e.g. attempts-exhausted, spoof-suspected),
                  finding the card check behind a refusal or a card review, else null
  --real-speed    the emulated SAM answers about as slowly as a real one
  --delay-ms N    the emulated SAM answers every command after N ms
  --models DIR    model folder with manifest.json and calibration.json (default: models)
  --verbose       print the kiosk's JSON log lines (no personal data) to stderr
  --open          serve the worker screens on 127.0.0.1 and print their address: the capture
                  starts once a browser has opened it, and the screens stay up until Ctrl-C
Exit 0 when the capture ran to its decision (and a pass was acknowledged); 1 otherwise.`;

const LINK_LINE: { readonly [K in DemoLinkKind]: string } = {
  pty: 'serial link: socat pseudo-terminal pair, SAM emulator in a child process',
  'in-process':
    'serial link: in-process (serialport mock binding), because socat is not installed; the framing, SAM client and reader loop are the real ones',
};

/** A logger that remembers the last record id the kiosk appended and, verbose, prints everything. */
function demoLogger(verbose: boolean): Logger & { recordId: string | null } {
  const json = createJsonLogger(process.env.KIOSK_DEMO_DEBUG ? 'debug' : 'info');
  const logger = {
    recordId: null as string | null,
    log: ((level, event, fields) => {
      if (event === 'kiosk.record-appended' && typeof fields?.recordId === 'string')
        logger.recordId = fields.recordId;
      if (verbose || event === 'demo.consent-accepted-automatically')
        json.log(level, event, fields);
    }) as Logger['log'],
  };
  return logger;
}

/** The demo subcommand. */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'One complete capture on simulated devices: card, face, decision, record, upload',
  usage,
  async run(args) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        impostor: { type: 'boolean', default: false },
        attack: { type: 'string' },
        card: { type: 'string', default: 'resident' },
        endpoint: { type: 'string' },
        platform: { type: 'string' },
        credentials: { type: 'string' },
        json: { type: 'boolean', default: false },
        'real-speed': { type: 'boolean', default: false },
        'delay-ms': { type: 'string' },
        verbose: { type: 'boolean', default: false },
        open: { type: 'boolean', default: false },
        models: { type: 'string', default: 'models' },
      },
    });
    if (values['delay-ms'] !== undefined && !/^\d+$/.test(values['delay-ms']))
      throw new UsageError('--delay-ms must be a whole number of ms');
    const attack = values.attack as DemoAttackKind | undefined;
    if (attack !== undefined && !DEMO_ATTACK_KINDS.includes(attack))
      throw new UsageError(`--attack must be one of ${DEMO_ATTACK_KINDS.join(', ')}`);
    if (values.endpoint !== undefined && !/^https?:\/\//.test(values.endpoint))
      throw new UsageError('--endpoint must be an http(s) URL');
    const platform = await demoPlatformFromFlags(values).catch((error: unknown) => {
      throw error instanceof DemoFlagError ? new UsageError(error.message) : error;
    });
    const profiles = await listCardProfiles();
    if (!profiles.includes(values.card))
      throw new UsageError(`--card must be one of: ${profiles.join(', ')}`);
    const say = (line: string) => process.stdout.write(`${line}\n`);
    const started = performance.now();
    const at = () => `${String(Math.round(performance.now() - started)).padStart(6)} ms`;
    const logger = demoLogger(values.verbose);
    let rig: DemoRig | null = null;
    const interrupted = () => void rig?.close().then(() => process.exit(130));
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    try {
      const emulatorSpeed =
        parseSpeed(values['real-speed'] ? 'real' : (values['delay-ms'] ?? 'instant')) ?? undefined;
      const [frames, started_] = await Promise.all([
        attack ? makeDemoAttackClip(attack) : loadDemoClip(),
        startDemoRig({
          holder: values.impostor ? 'cameraman' : 'worker',
          cardProfile: values.card,
          endpoint: values.endpoint ?? null,
          platform,
          emulatorSpeed,
          logger,
          modelsDir: values.models,
        }),
      ]);
      rig = started_;
      say(`${at()}  ${LINK_LINE[rig.link]}`);
      say(
        `${at()}  kiosk ready: SAM emulator on ${rig.config.reader.port.mode === 'pinned' ? rig.config.reader.port.path : 'auto'}, face engine warmed up, uploading to ${rig.config.upload.endpoint} (${rig.config.upload.platform} platform)`,
      );
      const watch = values.open ? await startDemoWatch(rig.kiosk.api) : null;
      if (watch) {
        say(`${at()}  open ${watch.url} in a browser: the capture starts when the page connects`);
        await watch.watched;
      }
      const outcome = await runDemoCapture({
        api: rig.kiosk.api,
        emulator: rig.emulator,
        profile: rig.profile,
        frames,
        framesPerSecond: CLIP_FPS,
        logger,
        recordId: () => logger.recordId,
        onStep: (step) =>
          say(
            `${at()}  ${step}${step === 'consent' ? ' (accepted automatically for the demo)' : ''}`,
          ),
      });
      const decision = outcome.result.outcome;
      const { finding } = outcome;
      say(
        `${at()}  DECISION: ${decision.toUpperCase()} (${outcome.result.reasonKey}${finding ? `, card check ${finding}` : ''})`,
      );
      const told = cardPolicyText(outcome.result.reasonKey);
      if (told) say(`${at()}  the worker sees and hears: ${told['zh-CN']} / ${told.en}`);
      if (outcome.recordId) say(`${at()}  record ${outcome.recordId}: ${outcome.uploadStatus}`);
      say(`\n${formatStepTable(outcome.stepTimesMs)}\n`);
      if (values.json)
        say(
          JSON.stringify({
            decision,
            reason: outcome.result.reasonKey,
            finding,
            recordId: outcome.recordId,
            uploadStatus: outcome.uploadStatus,
            stepTimesMs: outcome.stepTimesMs,
          }),
        );
      if (watch) {
        say('The screens stay up until Ctrl-C.');
        // Ctrl-C runs the interrupt handler above, which stops the kiosk and exits.
        await new Promise<never>(() => {});
      }
      return decision === 'pass' ? (outcome.uploadStatus === 'acknowledged' ? 0 : 1) : 0;
    } finally {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      await rig?.close();
    }
  },
};
