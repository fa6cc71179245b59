/** Runtime schemas of what crosses the KioskApi boundary besides the payloads: problems and results. */
import { z } from 'zod';
import type { Problem } from '../problem';
import type { Result } from '../result';

/** A localized text as it travels: both languages present. */
export const localizedTextSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** Runtime schema of a Problem (src/shared/problem.ts). */
export const problemSchema = z.object({
  code: z.string().min(1),
  text: localizedTextSchema,
  retryable: z.boolean(),
}) satisfies z.ZodType<Problem>;

/** What every command answers: its value, or the problem that stopped it. */
export type ApiResult<T> = Result<T, Problem>;

/** The runtime schema of an ApiResult around a value schema. */
export function apiResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: problemSchema }),
  ]);
}

/** A request or response without fields. */
export const emptySchema = z.strictObject({});
