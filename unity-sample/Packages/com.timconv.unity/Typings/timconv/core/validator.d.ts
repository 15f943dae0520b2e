export interface ValidationIssue {
    instancePath: string;
    schemaPath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
}
export interface Validator {
    (data: unknown): boolean;
    errors?: ValidationIssue[] | null;
}
/** Validators by export name, e.g. { TIMConvCreate_input: fn, ... }. */
export type ValidatorSet = Readonly<Record<string, Validator>>;
