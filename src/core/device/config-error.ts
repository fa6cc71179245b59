/** The typed failure of loading the configuration: which file, which field, what is allowed. */
import type { ConfigIssue } from '../../shared/config/config-resolve';
import { CONFIG_MESSAGES } from '../../shared/i18n/catalog-capture';
import { localize } from '../../shared/i18n/locale';
import { assertNever } from '../../shared/result';
import { KioskError } from '../kiosk-error';

/** What went wrong, for callers to branch on. */
export type ConfigProblem =
  | { readonly kind: 'unreadable'; readonly source: string; readonly detail: string }
  | { readonly kind: 'not-json'; readonly source: string }
  | ConfigIssue;

function text(problem: ConfigProblem) {
  switch (problem.kind) {
    case 'unreadable':
      return localize(CONFIG_MESSAGES.unreadable, {
        source: problem.source,
        detail: problem.detail,
      });
    case 'not-json':
      return localize(CONFIG_MESSAGES.notJson, { source: problem.source });
    case 'invalid':
      return localize(CONFIG_MESSAGES.invalid, {
        field: problem.field,
        source: problem.source,
        allowed: problem.allowed,
      });
    case 'upgrade': {
      const { failure, source } = problem;
      if (failure.kind === 'missing-version')
        return localize(CONFIG_MESSAGES.missingVersion, { source });
      const key = failure.kind === 'too-new' ? 'tooNew' : 'noUpgrade';
      return localize(CONFIG_MESSAGES[key], { source, version: failure.version });
    }
    default:
      return assertNever(problem, 'config problem');
  }
}

/** A configuration that cannot be used; `problem` says why, `problem.field` names the bad setting. */
export class ConfigError extends KioskError {
  constructor(readonly problem: ConfigProblem) {
    super(`config.${problem.kind}`, text(problem));
  }
}
