// `npm run eval:sessions -- --set DIR [--json] [--synthetic-attacks]`: labelled camera clips
// through the real capture session; docs/accuracy.md explains the method and the JSON.
import { runSessionEvalCli } from '../src/core/capture/eval/session-eval-cli';

process.exitCode = await runSessionEvalCli(process.argv.slice(2));
