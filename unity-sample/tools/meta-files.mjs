// The .meta file Unity expects beside every asset of a package. The GUID is the MD5 of the asset's
// path inside the package (prefixed with the package name), so the same path always gets the same
// GUID; the importer sections are the defaults Unity writes for each kind of file.
import { createHash } from 'node:crypto';

/** The 32 hex digits Unity uses as an asset GUID. */
export function guidFor(key) {
  return createHash('md5').update(key).digest('hex');
}

const COMMON = '  externalObjects: {}\n';
const TAIL = '  userData: \n  assetBundleName: \n  assetBundleVariant: \n';

/** Importer section by file extension; anything else gets Unity's DefaultImporter. */
function importerFor(path) {
  if (path.endsWith('.cs')) {
    return `MonoImporter:\n${COMMON}  serializedVersion: 2\n  defaultReferences: []\n  executionOrder: 0\n  icon: {instanceID: 0}\n${TAIL}`;
  }
  if (path.endsWith('.asmdef')) return `AssemblyDefinitionImporter:\n${COMMON}${TAIL}`;
  if (/\.(json|md|xml|txt)$/.test(path)) return `TextScriptImporter:\n${COMMON}${TAIL}`;
  // .mjs and .d.ts: Puerts' importer claims .mjs; leave the importer to whichever Unity finds.
  if (path.endsWith('.mjs') || path.endsWith('.ts')) return '';
  return `DefaultImporter:\n${COMMON}${TAIL}`;
}

/** The .meta text of a file or folder; `key` is "<package name>/<path in the package>". */
export function metaFor(key, folder) {
  const head = `fileFormatVersion: 2\nguid: ${guidFor(key)}\n`;
  if (folder) return `${head}folderAsset: yes\nDefaultImporter:\n${COMMON}${TAIL}`;
  return head + importerFor(key);
}
