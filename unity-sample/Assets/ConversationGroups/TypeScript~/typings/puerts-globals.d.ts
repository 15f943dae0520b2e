// The timers and console Puerts gives every script (they fire and print inside the engine's Tick).
declare function setInterval(handler: () => void, ms: number): number;
declare function clearInterval(id: number): void;
declare const console: {
  log(...values: unknown[]): void;
  warn(...values: unknown[]): void;
};
