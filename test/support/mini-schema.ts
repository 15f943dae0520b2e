// The goldens' mini schema set (test/fixtures/mini-schema): a fixed handful of schema/ documents,
// copied byte for byte. `node --import tsx test/support/mini-schema.ts` rewrites the folder from
// schema/; test/generator/mini-schema.test.ts fails when the two disagree.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, schemaDir } from './sdk.ts';

export const MINI_SCHEMA_DIR = join(repoRoot, 'test', 'fixtures', 'mini-schema');

/** The documents the mini set holds: one of each kind and shape the emitters render differently. */
export const MINI_SCHEMA_FILES = [
  'api/TIMConvCreateConversationGroup.json',
  'api/TIMConvGetConversationGroupList.json',
  'api/TIMConvGetTotalUnreadMessageCount.json',
  'api/TIMConvMarkConversation.json',
  'api/TIMConvSubscribeUnreadMessageCountByFilter.json',
  'api/TIMSetConvTotalUnreadMessageCountChangedCallback.json',
  'api/TIMSetConvUnreadMessageCountChangedByFilterCallback.json',
  'callback/TIMCommCallback.json',
  'callback/TIMConvTotalUnreadMessageCountChangedByFilterCallback.json',
  'callback/TIMConvTotalUnreadMessageCountChangedCallback.json',
  'enum/TIMConvType.json',
  'enum/TIMConversationMarkType.json',
  'enum/TIMErrCode.json',
  'enum/TIMResult.json',
  'struct/GetTotalUnreadNumberResult.json',
  'struct/TIMConversationListFilter.json',
  'struct/TIMConversationOperationResult.json',
];

/** Every file of the mini set as schema/ has it, by path. */
export function deriveMiniSchema(): Map<string, string> {
  return new Map(MINI_SCHEMA_FILES.map((f) => [f, readFileSync(join(schemaDir, f), 'utf8')]));
}

/** Every file in the mini set folder now, by path. */
export function readMiniSchema(dir = MINI_SCHEMA_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Rewrites the mini set folder from schema/. */
export function writeMiniSchema(dir = MINI_SCHEMA_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [f, text] of deriveMiniSchema()) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeMiniSchema();
  process.stdout.write(`wrote ${MINI_SCHEMA_FILES.length} files to ${relative(process.cwd(), MINI_SCHEMA_DIR) || '.'}\n`);
}
