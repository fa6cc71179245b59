// `npm run eval:faces -- --set DIR [--json] [--by-group] [--calibrate OUT] [--limit N] [--liveness DIR]`
// Measures the face engine on an evaluation set; docs/face-evaluation.md explains the method.
import { runFaceEvalCli } from '../src/core/face/eval/eval-cli';

process.exitCode = await runFaceEvalCli(process.argv.slice(2));
