export function guidFor(key: string): string;
export function metaFor(key: string, folder: boolean): string;
