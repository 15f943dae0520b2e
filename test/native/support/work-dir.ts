// The folder an isolated child gives the SDK for its log and data files. The test creates it and
// removes it only after the child process has exited: the SDK's log thread writes until the process
// ends, so a child that removed the folder itself could race with it (and fail at random).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeWorkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'timconv-native-'));
  for (const d of ['log', 'data']) mkdirSync(join(dir, d));
  return dir;
}

/** The SdkConfig JSON that puts the SDK's files under `dir`. */
export function sdkConfigJson(dir: string): string {
  return JSON.stringify({ sdk_config_log_file_path: join(dir, 'log'), sdk_config_config_file_path: join(dir, 'data') });
}

export function removeWorkDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
