// Reading schema documents for the IR: annotations with their declared types (a wrong shape fails
// with the file and JSON path), `$ref` targets, and the documents of one kind.
import { SchemaError, type LoadedSchema } from './load-schemas.ts';
import { AnnotationError, annotation, requireAnnotation, type AnnotationKeyword, type Annotations } from '../schema-annotations.ts';

export type Node = Record<string, any>;

const ID = /^timconv:(api|callback|struct|enum)\/(\w+)$/;

/** Reads an `x-` annotation with its declared type; a wrong shape fails with the file and JSON path. */
export function ann<K extends AnnotationKeyword>(node: Node, keyword: K, file: string, ptr = '#', required = false): Annotations[K] | undefined {
  try {
    return required ? requireAnnotation(node, keyword, ptr) : annotation(node, keyword, ptr);
  } catch (err) {
    if (err instanceof AnnotationError) throw new SchemaError(file, `${err.pointer}/${err.keyword}`, err.reason);
    throw err;
  }
}

/** An annotation a document of its kind must carry. */
export const must = <K extends AnnotationKeyword>(node: Node, keyword: K, file: string, ptr = '#') => ann(node, keyword, file, ptr, true)!;

/** The kind and name a `$ref` points at. */
export function refTarget(ref: string, file: string, ptr: string): { kind: string; name: string } {
  const m = ID.exec(ref);
  if (!m) throw new SchemaError(file, ptr, `unsupported $ref ${ref}`);
  return { kind: m[1], name: m[2] };
}

/** The loaded documents whose `x-kind` is `kind`. */
export function docsOfKind(schemas: Map<string, LoadedSchema>, kind: string): LoadedSchema[] {
  return [...schemas.values()].filter((s) => ann(s.schema, 'x-kind', s.file) === kind);
}
