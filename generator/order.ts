// One order for everything the generator and the importer list: by a string key, compared code
// unit by code unit (as `<` does), so no output depends on the locale of the machine it ran on.

/** A comparator for `sort` by `key`. */
export const byKey = <T>(key: (x: T) => string) => (a: T, b: T): number => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
