// The contract kit: schema-driven contract tests for any Bridge, for a user's own test suite.
// Node-only (it reads the schemas from disk); nothing here is part of the Puerts bundle.
export { runContract, type BridgeSource, type ContractOptions, type ContractReport } from './runner.ts';
export { assertContract, ContractError } from './assert.ts';
export { contractSuite, type ContractSuiteOptions } from './mocha.ts';
export type { ContractFigures } from './figures.ts';
export { formatFigures } from './figures.ts';
export type { Finding, Check } from './findings.ts';
export { formatFinding } from './findings.ts';
export { MUTATION_CLASSES, Mutator, type Mutation, type MutationClass } from './mutations.ts';
export { ValueGen } from './values.ts';
export { SchemaSet, DEFAULT_SCHEMA_DIR } from './schema-set.ts';
export { Rng } from './rng.ts';
export { simulatorSession } from './simulator-session.ts';
export { callArgs, canonicalJson, expectedBridgeArgs } from './payload.ts';
export { runReliability, formatReliability, CI_SIZE, FULL_SIZE, type ReliabilityReport, type ReliabilitySize } from './reliability.ts';
export { runChaos, BEHAVIOURS, type Behaviour, type ChaosFigures, type ChaosManager, type ChaosManagerFactory } from './chaos.ts';
