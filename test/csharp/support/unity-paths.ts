// Where the Unity package and the sample live in the repository, as unity-sample/tools/build-unity.mjs
// (which writes their generated parts) places them.
import { join } from 'node:path';
import { PACKAGE, SAMPLE, UNITY_DIR } from '../../../unity-sample/tools/build-unity.mjs';

export const UNITY_PROJECT = UNITY_DIR;
export const PACKAGE_DIR = join(UNITY_PROJECT, PACKAGE);
export const HOSTING_DIR = join(PACKAGE_DIR, 'Runtime', 'Hosting');
export const SAMPLE_DIR = join(UNITY_PROJECT, SAMPLE);
export const SAMPLE_SCRIPTS_DIR = join(SAMPLE_DIR, 'Scripts');
export const SAMPLE_EDITOR_DIR = join(SAMPLE_DIR, 'Editor');
