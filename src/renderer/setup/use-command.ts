/** Runs one KioskApi command from a form and keeps its last answer for display. */
import { useState } from 'preact/hooks';
import type { ApiResult } from '../../shared/kiosk-api/api-result';
import type { Problem } from '../../shared/problem';

/** The last answer of a form's command. */
export type CommandOutcome<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'problem'; readonly problem: Problem };

/** Returns the outcome and a runner for `call`. */
export function useCommand<A extends unknown[], T>(
  call: (...args: A) => Promise<ApiResult<T>>,
): [CommandOutcome<T>, (...args: A) => Promise<void>] {
  const [outcome, setOutcome] = useState<CommandOutcome<T>>({ kind: 'idle' });
  const run = async (...args: A) => {
    setOutcome({ kind: 'running' });
    const result = await call(...args);
    setOutcome(
      result.ok
        ? { kind: 'done', value: result.value }
        : { kind: 'problem', problem: result.error },
    );
  };
  return [outcome, run];
}
