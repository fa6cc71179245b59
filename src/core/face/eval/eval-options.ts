/** Options of `npm run eval:faces`. */
import { parseArgs } from 'node:util';
import type { CardFraming } from '../card-photo-framing';
import { parseCardFraming, type EmbeddingMode } from './pipeline-embedder';

/** Usage text of the evaluation command. */
export const EVAL_USAGE = `Usage: npm run eval:faces -- --set DIR [options]
  --set DIR          evaluation set: identity folders of images (like ../shared/data/faces)
  --json             print one JSON object {"conditions": {"asIs": C, "card": C}} instead of the table
  --by-group         also report each identity-name prefix (london_, celeba_) on its own
  --sessions         also simulate kiosk sessions (card of one image against attempts showing
                     live images) and report session FRR and impostor session pass rates
  --kiosk-gates      with --sessions: also report the sessions with only the images that pass the
                     kiosk's own face gates (head pose, eyes open, brightness) as live attempts
                     and pose and eyes as cards; the calibration stays ungated
  --calibrate FILE   write the matcher calibration (card condition) to FILE; with --sessions it
                     also holds the session operating point, which becomes the default
  --limit N          only N identities, spread evenly over the sorted list
  --embedding MODE   flip (default: mean of the face and its mirror) or plain
  --card-framing F   how the card path frames the card photo: as-is, pad:MARGIN or upscale:FACTOR
                     (default: the engine's measured best)
  --liveness DIR     also evaluate liveness on a set like ../shared/data/spoof
  --models DIR       model folder (default: models)`;

/** The parsed options of `eval:faces`. */
export interface EvalOptions {
  readonly set?: string;
  readonly json: boolean;
  readonly byGroup: boolean;
  readonly sessions: boolean;
  readonly kioskGates: boolean;
  readonly calibrate?: string;
  readonly limit?: number;
  readonly embedding: EmbeddingMode;
  readonly cardFraming?: CardFraming;
  readonly liveness?: string;
  readonly models: string;
}

/** Parses the arguments; a string is the usage problem to print. */
export function parseEvalOptions(args: readonly string[]): EvalOptions | string {
  const { values } = parseArgs({
    args: [...args],
    options: {
      set: { type: 'string' },
      json: { type: 'boolean', default: false },
      'by-group': { type: 'boolean', default: false },
      sessions: { type: 'boolean', default: false },
      'kiosk-gates': { type: 'boolean', default: false },
      calibrate: { type: 'string' },
      limit: { type: 'string' },
      embedding: { type: 'string', default: 'flip' },
      'card-framing': { type: 'string' },
      liveness: { type: 'string' },
      models: { type: 'string', default: 'models' },
    },
    strict: true,
  });
  if (!values.set && !values.liveness) return 'Give --set DIR (and/or --liveness DIR).';
  if (values.sessions && !values.set) return '--sessions needs --set DIR.';
  if (values['kiosk-gates'] && !values.sessions) return '--kiosk-gates needs --sessions.';
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 2))
    return '--limit needs a whole number of identities, at least 2.';
  if (values.embedding !== 'flip' && values.embedding !== 'plain')
    return '--embedding is flip or plain.';
  const framing = values['card-framing'];
  const cardFraming = framing === undefined ? undefined : parseCardFraming(framing);
  if (cardFraming === null) return '--card-framing is as-is, pad:MARGIN or upscale:FACTOR.';
  return {
    json: values.json,
    byGroup: values['by-group'],
    sessions: values.sessions,
    kioskGates: values['kiosk-gates'],
    embedding: values.embedding,
    models: values.models,
    ...(values.set ? { set: values.set } : {}),
    ...(values.calibrate ? { calibrate: values.calibrate } : {}),
    ...(limit ? { limit } : {}),
    ...(cardFraming ? { cardFraming } : {}),
    ...(values.liveness ? { liveness: values.liveness } : {}),
  };
}
