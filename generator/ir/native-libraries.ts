// Which native library the [DllImport]s bind to on each Unity platform, decided here once for every
// output that names it (the C# library switch, the WebGL refusal, the Unity docs). The names are those
// of the official Tencent IM Unity package's plugins, so code generated from this table finds the same
// files whether the game ships that package or places the libraries itself.

/** One entry of the table as written here. */
export interface NativeLibrary {
  /** A short key for code that looks an entry up ("ios", "macos", ...). */
  id: string;
  /** The platforms this entry covers, in words (doc comments, error messages). */
  platforms: string;
  /**
   * C# preprocessor condition over Unity's platform defines; entries are tried in order and the
   * empty condition (last) applies everywhere else.
   */
  condition: string;
  /** The name [DllImport] takes, or null where no C SDK exists for the platform. */
  library: string | null;
  /** The plugin files that provide the library (file or folder names). */
  files: string[];
}

/** An entry as the IR carries it: with the C# member name of its id (naming.ts decides it). */
export interface IrNativeLibrary extends NativeLibrary {
  /** "ios" -> Ios: the member of TimConvNativePlugins that lists the entry's files. */
  csMember: string;
}

export const NATIVE_LIBRARIES: readonly NativeLibrary[] = [
  // WebGL has no C SDK: its JavaScript SDK lacks part of the conversation API, and an unresolved
  // __Internal symbol fails the player link, so nothing may be imported there.
  { id: 'webgl', platforms: 'WebGL players', condition: 'UNITY_WEBGL && !UNITY_EDITOR', library: null, files: [] },
  // A dynamic framework linked into the player; it has to be embedded, and bitcode stays off.
  { id: 'ios', platforms: 'iOS players', condition: 'UNITY_IOS && !UNITY_EDITOR', library: '__Internal', files: ['ImSDK_iOS_C.xcframework'] },
  { id: 'macos', platforms: 'the macOS Editor and macOS players', condition: 'UNITY_EDITOR_OSX || (UNITY_STANDALONE_OSX && !UNITY_EDITOR)', library: 'libImSDKForMac_C', files: ['libImSDKForMac_C.dylib'] },
  { id: 'default', platforms: 'Windows (Editor and players), Android and Linux', condition: '', library: 'ImSDK', files: ['ImSDK.dll', 'libImSDK.so'] },
];
