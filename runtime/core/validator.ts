// The shape of a precompiled validator (runtime/generated/validators.mjs, or one of Ajv's), as the
// core uses it. Defined here so the core does not depend on the generated declaration file.

export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface Validator {
  /** `conversion`: see runtime/core/output.ts; validators that cannot convert ignore it. */
  (data: unknown, conversion?: unknown): boolean;
  errors?: ValidationIssue[] | null;
  /** The keys whose integers the validator makes exact when given a conversion (generated validators). */
  readonly exactKeys?: readonly string[];
}

/** Validators by export name, e.g. { TIMConvCreate_input: fn, ... }. */
export type ValidatorSet = Readonly<Record<string, Validator>>;
