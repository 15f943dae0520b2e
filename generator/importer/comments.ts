// Where the headers put the comment that describes a JSON key, in every layout we know:
//   early single-header layout:  static const char* kX = "x";  // uint [TIMConvType](), 只读, ...
//   split layout, 7.x and 8.0:   // uint @ref TIMConvType, 只读, ...        (line above the key)
//   split layout from 8.2 on:    /// bool, 读写, ...                         (some keys)
//   doc-comment style:           /** uint64, 只读, ... */                    (block above the key)
// This module only finds and cleans the comment text; type-spec.ts reads what it says.

export interface CommentLine {
  text: string;
  /** 1-based line number in the header. */
  line: number;
}

const SEPARATOR = /^\/\/-{10,}\s*$/;
const BANNER = /^\/{10,}\s*$/;

/** Strips comment markers (`//`, `///`, `///<`, `/**`, ` * `, `*\/`) from one comment line. */
export function commentText(line: string): string {
  return line.trim()
    .replace(/\*+\/\s*$/, '')
    .replace(/^(?:\/\/+!?<?|\/\*+!?<?|\*+(?!\/))/, '')
    .trim();
}

/** The `//` comment after the code on a key line (outside the string literal), if any. */
export function trailingComment(line: string, lineNo: number): CommentLine | null {
  const m = /^[^"]*"[^"]*"\s*;\s*(\/\/.*|\/\*.*)$/.exec(line.trim());
  return m ? { text: commentText(m[1]), line: lineNo } : null;
}

/**
 * The comment right above line `at` (0-based): a run of `//` or `///` lines, or one `/* ... *\/`
 * block that ends on the line above. Stops at code, blank lines, separators and banners.
 */
export function commentAbove(lines: string[], at: number): CommentLine[] {
  const above = (lines[at - 1] ?? '').trim();
  if (above.endsWith('*/')) {
    const block: CommentLine[] = [];
    for (let j = at - 1; j >= 0; j--) {
      const t = lines[j].trim();
      block.unshift({ text: commentText(t), line: j + 1 });
      if (t.startsWith('/*')) return block.filter((b) => b.text !== '');
    }
    return [];
  }
  const block: CommentLine[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const t = lines[j].trim();
    if (!t.startsWith('//') || SEPARATOR.test(t) || BANNER.test(t)) break;
    block.unshift({ text: commentText(t), line: j + 1 });
  }
  return block;
}

export const isSeparator = (line: string) => SEPARATOR.test(line);
export const isBanner = (line: string) => BANNER.test(line);
