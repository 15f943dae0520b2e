// JSON key constants (`static const char* kTIMConvId = "conv_id";`) and the facts their comment
// gives. A comment that cannot be read does not stop the import: the key is kept with a `problem`,
// which only matters (and then fails with file:line) if the conversation API reaches the key and
// the overlay gives no type for it.
import { commentAbove, trailingComment, type CommentLine } from './comments.ts';
import type { JsonKey } from './model.ts';
import { TYPE_TEXT, findSince, isDeprecated, parseTypeLine } from './type-spec.ts';

export const KEY_LINE = /^static\s+const\s+char\s*\*\s*(\w+)\s*=\s*"([^"]*)"\s*;/;

/** `leading`: a block comment in front of the key on its own line (`/** uint64, ... *\/ static ...`). */
export function readKey(lines: string[], at: number, file: string, constName: string, key: string, struct: string | null, structDeprecated: boolean, leading: CommentLine[] = []): JsonKey {
  const trailing = trailingComment(lines[at], at + 1);
  const above = commentAbove(lines, at);
  // The early layout comments on the key's own line; later layouts above it.
  const sources: CommentLine[][] = [...(trailing ? [[trailing]] : []), ...(leading.length ? [leading] : []), above];
  const base: JsonKey = {
    constName, key, struct: struct ?? '', type: null, access: null, required: null, deprecated: structDeprecated, loc: { file, line: at + 1 },
  };
  let typeLine: CommentLine | undefined;
  let block: CommentLine[] = [];
  for (const s of sources) {
    typeLine = s.find((c) => TYPE_TEXT.test(c.text));
    if (typeLine) { block = s; break; }
  }
  // No type comment at all is a gap, not an unreadable line: the key is kept untyped (type null).
  if (!typeLine) return base;
  try {
    const facts = parseTypeLine(typeLine.text);
    return {
      ...base, ...facts,
      since: findSince(block.map((b) => b.text).join('\n')),
      deprecated: structDeprecated || isDeprecated(typeLine.text),
      ...(facts.access ? {} : { note: 'its comment does not say read-only, write-only or read-write' }),
    };
  } catch (err) {
    return { ...base, loc: { file, line: typeLine.line }, problem: (err as Error).message };
  }
}
