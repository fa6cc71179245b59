// Child process of the crash test: appends records forever and prints each record id on stdout
// only after its append returned (committed), until the parent SIGKILLs it. With `group`, eight
// records at a time go through the group committer and each is printed when its promise resolves.
import { loadOrCreateDeviceKey } from '../../../src/core/device/device-key';
import { openFileVault } from '../../../src/core/device/key-vault-file';
import { openRecordStore } from '../../../src/core/store/record-store';
import { sampleDraft } from '../../unit/records/sample-record';

const [file, vaultDir, mode = 'single'] = process.argv.slice(2);
if (!file || !vaultDir) throw new Error('usage: append-child.ts DB_FILE VAULT_DIR');
const vault = openFileVault(vaultDir);
const store = openRecordStore({ file, vault, deviceKey: loadOrCreateDeviceKey(vault) });
process.stdout.write('ready\n');
const report = ({ recordId }: { recordId: string }) => process.stdout.write(`${recordId}\n`);
for (;;) {
  if (mode === 'group') {
    const burst = Array.from({ length: 8 }, () =>
      store.commitRecord(sampleDraft(Date.now(), 1500)).then(report),
    );
    await Promise.all(burst);
  } else {
    report(store.appendRecord(sampleDraft(Date.now(), 1500)));
  }
}
