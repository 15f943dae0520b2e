// The folder a child that loads the real library gives the SDK for its log and data files. The
// parent creates it and removes it only after the child process has exited: the SDK's log thread
// writes until the process ends, so a child that removed the folder itself could race with it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system's temporary folder, with the `log` and `data` folders the SDK writes to. */
export function makeWorkDir(prefix = 'timconv-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const d of ['log', 'data']) mkdirSync(join(dir, d));
  return dir;
}

/** The SdkConfig JSON (TIMInit's json_sdk_config) that puts the SDK's files under `dir`. */
export function sdkConfigJson(dir: string): string {
  return JSON.stringify({ sdk_config_log_file_path: join(dir, 'log'), sdk_config_config_file_path: join(dir, 'data') });
}

export function removeWorkDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
