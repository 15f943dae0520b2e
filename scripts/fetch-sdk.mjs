#!/usr/bin/env node
// Fetches the pinned IM SDK package into the ignored .cache/sdk folder and unpacks only lib/linux
// (C headers and libImSDK.so). `npm install` is avoided on purpose: the package depends on electron,
// whose install step downloads a binary. Idempotent: once the files are there it does nothing and
// needs no network.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SDK_PACKAGE = 'im_electron_sdk';
export const SDK_VERSION = '8.0.5906';
// sha1 of the registry tarball (the registry's dist.shasum), checked before unpacking.
const SDK_SHA1 = '5101580885bbe19141911fcc130491d5a70a96a4';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache', 'sdk');
export const headersDir = join(cacheDir, 'package', 'lib', 'linux', 'include');
export const libraryPath = join(cacheDir, 'package', 'lib', 'linux', 'lib', 'libImSDK.so');
const tarball = join(cacheDir, `${SDK_PACKAGE}-${SDK_VERSION}.tgz`);

function log(msg) { process.stderr.write(`[fetch-sdk] ${msg}\n`); }

export function ensureSdk() {
  if (existsSync(join(headersDir, 'TIMConversationManager.h')) && existsSync(libraryPath)) {
    return { headersDir, libraryPath, fetched: false };
  }
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(tarball)) {
    log(`npm pack ${SDK_PACKAGE}@${SDK_VERSION} into ${cacheDir}`);
    execFileSync('npm', ['pack', `${SDK_PACKAGE}@${SDK_VERSION}`, '--silent'], { cwd: cacheDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
  if (sha1 !== SDK_SHA1) {
    rmSync(tarball);
    throw new Error(`${tarball}: sha1 ${sha1} does not match the pinned ${SDK_SHA1}; removed it, run again`);
  }
  log('unpacking package/lib/linux');
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir, 'package/lib/linux', 'package/package.json'], { stdio: 'inherit' });
  return { headersDir, libraryPath, fetched: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = ensureSdk();
    log(`${r.fetched ? 'ready' : 'already cached'}: ${r.headersDir}`);
  } catch (err) {
    log(`failed: ${err.message}`);
    process.exit(1);
  }
}
