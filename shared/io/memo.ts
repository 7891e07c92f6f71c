// Files repeat their values (a 200,000-row export has a few hundred distinct days and hours):
// a reading of a text that depends on nothing else is worked out once and remembered.

/** `read`, remembering up to `max` texts' results (then starting afresh). */
export function memoByText<T>(read: (text: string) => T, max = 8192): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = read(text);
      if (known.size >= max) known = new Map();
      known.set(text, value);
    }
    return value as T;
  };
}
