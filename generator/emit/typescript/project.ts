// One in-memory ts-morph project, set up once: two-space indentation, single quotes. Emitters build
// whole file structures and print them once; no per-statement manipulation, no formatting pass.
import { IndentationText, Project, QuoteKind, type SourceFileStructure, type OptionalKind, type JSDocStructure } from 'ts-morph';
import { banner } from '../types.ts';
import type { IrDoc } from '../../ir/model.ts';

let project: Project | undefined;

function getProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
    skipLoadingLibFiles: true,
  });
  return project;
}

/** Prints a whole file from its structure, with the generated-file banner on top. */
export function printFile(path: string, structure: Omit<SourceFileStructure, 'kind'>): string {
  const p = getProject();
  const sf = p.createSourceFile(`/${path}`, structure as SourceFileStructure, { overwrite: true });
  const text = sf.getFullText();
  p.removeSourceFile(sf);
  return banner(path) + text;
}

/** TSDoc for an IR element: its description, since-version and deprecation. */
export function docs(d: IrDoc & { extra?: string[] }): OptionalKind<JSDocStructure>[] {
  const lines = [d.description || 'No description yet.', ...(d.extra ?? [])].join('\n');
  const tags = [
    ...(d.since ? [{ tagName: 'since', text: `SDK ${d.since}` }] : []),
    ...(d.deprecated ? [{ tagName: 'deprecated', text: 'The SDK marks this as deprecated.' }] : []),
  ];
  return [{ description: lines.replace(/\*\//g, '*\\/'), tags }];
}
