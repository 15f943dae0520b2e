// The Unity outputs built once per test run (two tsc runs), shared by the Unity tests.
import { planUnity } from '../../unity-sample/tools/build-unity.mjs';

let plan: Map<string, string> | undefined;

/** What unity-sample/tools/build-unity.mjs would write, path (relative to unity-sample) to content. */
export function unityPlan(): Map<string, string> {
  plan ??= planUnity();
  return plan;
}
