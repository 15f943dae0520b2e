#!/usr/bin/env node
// Fetches IM SDK packages from npm into the ignored .cache folder, checksum-pinned:
//   - the pinned version (8.0.5906) into .cache/sdk, unpacking lib/linux (C headers and libImSDK.so);
//   - with --all, every published version's C headers into .cache/sdk-versions/<version> (for the
//     version matrix; the libraries are left in the tarball).
// `npm install` is avoided on purpose: the package depends on electron, whose install step
// downloads a binary. Idempotent: once the files are there it does nothing and needs no network.
// --check-registry lists versions npm serves that are not pinned here yet.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SDK_PACKAGE = 'im_electron_sdk';
export const SDK_VERSION = '8.0.5906';
// sha1 of each registry tarball (the registry's dist.shasum), checked before unpacking. These are
// all the versions npm serves; a new one is added here (with its shasum) to enter the matrix.
export const SDK_SHA1 = {
  '1.4.10-2': 'ba4c459934d126d30ea35dc7d3274ebbb4aaa993',
  '2.0.2': 'fdb11795aec7fdb4a50de3edd56b3f2e8cc94418',
  '8.0.5906': '5101580885bbe19141911fcc130491d5a70a96a4',
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache', 'sdk');
export const versionsDir = join(root, '.cache', 'sdk-versions');
export const headersDir = join(cacheDir, 'package', 'lib', 'linux', 'include');
export const libraryPath = join(cacheDir, 'package', 'lib', 'linux', 'lib', 'libImSDK.so');

function log(msg) { process.stderr.write(`[fetch-sdk] ${msg}\n`); }

/** Packs one version into `dir` (unless already there) and checks its sha1; returns the tarball. */
function packVerified(version, dir) {
  const tarball = join(dir, `${SDK_PACKAGE}-${version}.tgz`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(tarball)) {
    log(`npm pack ${SDK_PACKAGE}@${version} into ${dir}`);
    execFileSync('npm', ['pack', `${SDK_PACKAGE}@${version}`, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
  if (sha1 !== SDK_SHA1[version]) {
    rmSync(tarball);
    throw new Error(`${tarball}: sha1 ${sha1} does not match the pinned ${SDK_SHA1[version]}; removed it, run again`);
  }
  return tarball;
}

export function ensureSdk() {
  if (existsSync(join(headersDir, 'TIMConversationManager.h')) && existsSync(libraryPath)) {
    return { headersDir, libraryPath, fetched: false };
  }
  const tarball = packVerified(SDK_VERSION, cacheDir);
  log('unpacking package/lib/linux');
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, 'package/lib/linux', 'package/package.json'], { stdio: 'inherit' });
  return { headersDir, libraryPath, fetched: true };
}

/**
 * The Linux header folders of one published version: `include`, and for 2.0.2 also `include1`
 * (that package ships two builds: include/lib for aarch64 and include1/lib1 for x86-64).
 */
export function ensureSdkHeaders(version) {
  if (!(version in SDK_SHA1)) throw new Error(`${SDK_PACKAGE}@${version} is not pinned in scripts/fetch-sdk.mjs`);
  if (version === SDK_VERSION) return [ensureSdk().headersDir];
  const dir = join(versionsDir, version);
  const linux = join(dir, 'package', 'lib', 'linux');
  const list = () => (existsSync(linux) ? readdirSync(linux).filter((d) => d.startsWith('include')).sort().map((d) => join(linux, d)) : []);
  if (list().length && existsSync(join(dir, 'package', 'package.json'))) return list();
  const tarball = packVerified(version, dir);
  log(`unpacking the C headers of ${version}`);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--wildcards', 'package/lib/linux/include*', 'package/package.json'], { stdio: 'inherit' });
  return list();
}

export const pinnedVersions = () => Object.keys(SDK_SHA1);

function registryVersions() {
  return JSON.parse(execFileSync('npm', ['view', SDK_PACKAGE, 'versions', '--json'], { encoding: 'utf8' }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = process.argv.slice(2);
    if (args.includes('--check-registry')) {
      const missing = registryVersions().filter((v) => !(v in SDK_SHA1));
      log(missing.length ? `not pinned yet: ${missing.join(', ')}` : 'every published version is pinned');
      process.exit(missing.length ? 1 : 0);
    }
    const r = ensureSdk();
    log(`${r.fetched ? 'ready' : 'already cached'}: ${r.headersDir}`);
    if (args.includes('--all')) {
      for (const v of pinnedVersions()) log(`${v}: ${ensureSdkHeaders(v).join(', ')}`);
    }
  } catch (err) {
    log(`failed: ${err.message}`);
    process.exit(1);
  }
}
