// Where the Unity package and the sample live in the repository.
import { join } from 'node:path';
import { repoRoot } from '../../support/sdk.ts';

export const UNITY_PROJECT = join(repoRoot, 'unity-sample');
export const PACKAGE_DIR = join(UNITY_PROJECT, 'Packages', 'com.timconv.unity');
export const HOSTING_DIR = join(PACKAGE_DIR, 'Runtime', 'Hosting');
export const PACKAGE_EDITOR_DIR = join(PACKAGE_DIR, 'Editor');
export const SAMPLE_DIR = join(UNITY_PROJECT, 'Assets', 'ConversationGroups');
export const SAMPLE_SCRIPTS_DIR = join(SAMPLE_DIR, 'Scripts');
export const SAMPLE_EDITOR_DIR = join(SAMPLE_DIR, 'Editor');
