// Child process of the crash test: appends records forever and prints each record id on stdout
// only after its append returned (committed), until the parent SIGKILLs it.
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { openRecordStore } from '../../../src/core/store/record-store';
import { sampleDraft } from '../../unit/records/sample-record';

const [file, vaultDir] = process.argv.slice(2);
if (!file || !vaultDir) throw new Error('usage: append-child.ts DB_FILE VAULT_DIR');
const vault = openFileVault(vaultDir);
const store = openRecordStore({ file, vault, deviceKey: loadOrCreateDeviceKey(vault) });
process.stdout.write('ready\n');
for (;;) {
  const { recordId } = store.appendRecord(sampleDraft(Date.now(), 1500));
  process.stdout.write(`${recordId}\n`);
}
