/** The KioskApi: one method per command plus an event subscription; implemented once, in core/kiosk.ts. */
import type { ApiResult } from './api-result';
import type { CommandRole } from './command-roles';
import { problemSchema } from './api-result';
import {
  KIOSK_COMMANDS,
  isCommandName,
  type CommandName,
  type CommandRequest,
  type CommandResponse,
} from './commands';
import type { KioskEvent } from './events';
import { API_MESSAGES } from '../i18n/catalog-capture';
import type { Problem } from '../problem';

/** Commands as methods: `api['session.consent']({ accepted: true, consentVersion: 'v1' })`. */
export type KioskCommands = {
  readonly [K in CommandName]: (
    request: CommandRequest<K>,
  ) => Promise<ApiResult<CommandResponse<K>>>;
};

/** The whole API a transport adapts: commands, and events pushed to every subscriber. */
export interface KioskApi extends KioskCommands {
  /** Registers a listener for every event; returns the function that unregisters it. */
  subscribe(listener: (event: KioskEvent) => void): () => void;
}

/** The server side of the API: the commands plus the gate that knows who is logged in. */
export interface KioskService extends KioskApi {
  /** Whether the current caller holds `required`; a granted staff call counts as activity. */
  authorize(required: CommandRole): boolean;
}

const internal: Problem = { code: 'api.internal', text: API_MESSAGES.internal, retryable: true };
const refused = (code: string, text: Problem['text']): ApiResult<never> => ({
  ok: false,
  error: { code, text, retryable: false },
});

/**
 * Runs one command arriving from an untrusted transport: checks the name, the caller's role and
 * the request against the contract, calls the API, and checks the answer too, so a bug in core
 * reaches the screen as a problem, never as a malformed payload. The one place where roles are
 * enforced: both transports come through here before any handler runs. Never throws; bugs go to
 * `onBug` (to be logged).
 */
export async function dispatchCommand(
  api: KioskCommands & Pick<KioskService, 'authorize'>,
  name: string,
  payload: unknown,
  onBug: (error: unknown) => void,
): Promise<ApiResult<unknown>> {
  if (!isCommandName(name)) return refused('api.unknown-command', API_MESSAGES.unknownCommand);
  const spec = KIOSK_COMMANDS[name];
  if (!api.authorize(spec.role)) return refused('api.unauthorized', API_MESSAGES.unauthorized);
  const request = spec.request.safeParse(payload);
  if (!request.success) return refused('api.invalid-request', API_MESSAGES.invalidRequest);
  try {
    const method = api[name] as (request: unknown) => Promise<ApiResult<unknown>>;
    const result = await method.call(api, request.data);
    const checked = result.ok
      ? spec.response.safeParse(result.value)
      : problemSchema.safeParse(result.error);
    if (checked.success) return result.ok ? { ok: true, value: checked.data } : result;
    onBug(new TypeError(`${name} answered outside its contract: ${checked.error.message}`));
  } catch (error) {
    onBug(error);
  }
  return { ok: false, error: internal };
}
