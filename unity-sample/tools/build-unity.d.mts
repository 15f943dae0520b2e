export const UNITY_DIR: string;
export const PACKAGE: string;
export const SAMPLE: string;
/** The sample's files that go into Samples~; throws on a file that is not one of the sample's text kinds. */
export function sampleSources(dir: string): string[];
/** Every output, path (relative to unity-sample) to content. */
export function planUnity(): Map<string, string>;
/** Paths the tool writes and may delete. */
export function isOwned(path: string): boolean;
/** "missing x", "differs x", "stale x" for every difference between the plan and the disk. */
export function driftOf(outputs: Map<string, string>): string[];
/** Writes what changed; returns "~ path" / "- path" lines. */
export function writeUnity(outputs: Map<string, string>): string[];
