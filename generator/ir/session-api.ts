// The SDK lifecycle functions a game needs when nothing else (such as the official C# SDK) initializes
// the SDK and logs in. They live in TIMManager.h, outside the conversation module the schemas
// describe, so their C signatures are written down here once; build-ir.ts maps them to C# and TS
// types with the same rules as the conversation functions. test/csharp checks them against the header.
import { COMM_CALLBACK } from '../../runtime/native-surface.ts';

export interface SessionParamSpec {
  name: string;
  cType: string;
  role?: 'json' | 'callback' | 'user_data';
  description: string;
}

export interface SessionFunctionSpec {
  cName: string;
  cReturn: string;
  /** No TIMCommCallback: the return value is the whole answer. */
  sync: boolean;
  description: string;
  params: SessionParamSpec[];
}

/** C enums these functions use (passed and returned as int). */
export const SESSION_ENUMS = ['TIMLoginStatus'];

export const SESSION_HEADER = 'TIMManager.h';

const callback: SessionParamSpec[] = [
  { name: 'cb', cType: COMM_CALLBACK, role: 'callback', description: 'Receives the outcome once the SDK has finished.' },
  { name: 'user_data', cType: 'const void*', role: 'user_data', description: '' },
];

export const SESSION_FUNCTIONS: SessionFunctionSpec[] = [
  {
    cName: 'TIMInit', cReturn: 'int', sync: true,
    description: 'Starts the SDK for one app. Opens network connections at once; call it before any other function.',
    params: [
      { name: 'sdk_app_id', cType: 'uint64_t', description: 'The app id from the IM console.' },
      { name: 'json_sdk_config', cType: 'const char*', role: 'json', description: 'SDK configuration as a JSON object (paths for its data and log files).' },
    ],
  },
  {
    cName: 'TIMUninit', cReturn: 'int', sync: true,
    description: 'Stops the SDK and releases what it holds; call it before the process exits.',
    params: [],
  },
  {
    cName: 'TIMLogin', cReturn: 'int', sync: false,
    description: 'Logs a user in with a signature issued by the app server.',
    params: [
      { name: 'user_id', cType: 'const char*', description: 'The user to log in.' },
      { name: 'user_sig', cType: 'const char*', description: 'The signature that proves the app allows this login.' },
      ...callback,
    ],
  },
  {
    cName: 'TIMLogout', cReturn: 'int', sync: false,
    description: 'Logs the current user out.',
    params: [...callback],
  },
  {
    cName: 'TIMGetLoginStatus', cReturn: 'TIMLoginStatus', sync: true,
    description: 'Reports the login state: 1 logged in, 2 logging in, 3 logged out, 4 logging out.',
    params: [],
  },
];
