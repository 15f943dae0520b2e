// What the facade's documentation says about the parameters every method shares, written once for
// the C# facade (csharp emitter) and its Puerts declarations (typings emitter), so the two agree.

export const FACADE_DOCS = {
  /** The completion delegate of an asynchronous function. */
  completion: 'Runs once, inside Tick(), with the outcome (code, description, JSON) when the call was accepted; may be null.',
  /** The listener of a Set*Listener method. */
  listener: 'Runs inside Tick() for every event; null stops the events.',
  /** Added to a function the SDK deprecates. */
  deprecated: 'Deprecated by the SDK.',
} as const;
