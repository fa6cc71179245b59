// What a platform issues to an integrator: api_key, api_secret and, in some provinces, a DES key
// for ID numbers. Kept in the key vault, never in the configuration file.
import type { z } from 'zod';
import { platformCredentialsSchema } from '../../../shared/config/upload-platform-schema';
import { UPLOAD_TEXT } from '../../../shared/i18n/catalog-upload';
import { localize, type LocalizedText } from '../../../shared/i18n/locale';
import { err, ok, type Result } from '../../../shared/result';
import type { KeyVault } from '../../device/key-vault';

/** Platform credentials. */
export type PlatformCredentials = z.infer<typeof platformCredentialsSchema>;

/** Why credentials could not be had: none stored, or not the expected JSON (the detail says which field). */
export type CredentialsProblem =
  { readonly kind: 'missing' } | { readonly kind: 'invalid'; readonly detail: string };

/** What the operator and the technician read when uploads cannot start for want of credentials. */
export function credentialsProblemText(problem: CredentialsProblem): LocalizedText {
  const detail = problem.kind === 'missing' ? 'none stored' : problem.detail;
  return localize(UPLOAD_TEXT['upload.credentials-missing'], { detail });
}

/** Reads credentials from JSON text; the detail names the bad field, never its value. */
export function parsePlatformCredentials(
  text: string,
): Result<PlatformCredentials, CredentialsProblem> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err({ kind: 'invalid', detail: 'not JSON' });
  }
  const parsed = platformCredentialsSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err({
    kind: 'invalid',
    detail: `${issue?.path.join('.') || 'credentials'}: ${issue?.code ?? 'invalid'}`,
  });
}

/** The credentials stored in the vault. */
export function loadPlatformCredentials(
  vault: Pick<KeyVault, 'loadSecret'>,
): Result<PlatformCredentials, CredentialsProblem> {
  const stored = vault.loadSecret('platform-credentials');
  return stored ? parsePlatformCredentials(stored.toString('utf8')) : err({ kind: 'missing' });
}

/** Validates and stores credentials in the vault, replacing any before. */
export function storePlatformCredentials(
  vault: KeyVault,
  text: string,
): Result<PlatformCredentials, CredentialsProblem> {
  const parsed = parsePlatformCredentials(text);
  if (parsed.ok)
    vault.storeSecret('platform-credentials', Buffer.from(JSON.stringify(parsed.value)));
  return parsed;
}
