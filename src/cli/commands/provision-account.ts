// `kiosk provision --add-account NAME --role technician|operator`: the first technician of a
// fresh install (and any later account) is made at the kiosk's terminal, the PIN read from the
// terminal or stdin. The OS login to the kiosk's terminal is what authorises it; the staff log records it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../../core/device/config-error';
import { addAccountToStore } from '../../core/staff/account-provisioning';
import { AccountError } from '../../core/staff/staff-accounts';
import { StoreError } from '../../core/store/store-error';
import { STAFF_MESSAGES } from '../../shared/i18n/catalog-staff';
import { localize } from '../../shared/i18n/locale';
import { staffRoleSchema } from '../../shared/kiosk-api/command-roles';
import { loadCliConfig, type ConfigValues } from '../cli-config';
import { UsageError } from '../command';
import { PinInputError, readNewPin } from '../read-pin';

/** What the provision command hands over for an account. */
export interface AddAccountArgs {
  readonly name: string;
  readonly role: string | undefined;
  /** Where the configuration that names the store is. */
  readonly configValues: ConfigValues;
}

/** Creates the account; resolves to the exit code (0 created, 1 store failure, 2 refused input). */
export async function runAddAccount(args: AddAccountArgs): Promise<number> {
  const role = staffRoleSchema.safeParse(args.role);
  if (!role.success)
    throw new UsageError('--add-account needs --role technician or --role operator');
  try {
    const config = await loadCliConfig(args.configValues);
    const pin = await readNewPin();
    mkdirSync(dirname(config.storage.dbPath), { recursive: true });
    await addAccountToStore(
      config.storage.dbPath,
      { name: args.name, role: role.data, pin },
      Date.now(),
    );
    const said = localize(STAFF_MESSAGES.accountCreated, { name: args.name, role: role.data });
    process.stdout.write(`${said['zh-CN']}\n${said.en}\n`);
    return 0;
  } catch (error) {
    const known = [AccountError, PinInputError, ConfigError, StoreError].some(
      (kind) => error instanceof kind,
    );
    if (!known) throw error;
    const { text } = error as AccountError | PinInputError;
    process.stderr.write(`${text['zh-CN']}\n${text.en}\n`);
    return error instanceof StoreError ? 1 : 2;
  }
}
