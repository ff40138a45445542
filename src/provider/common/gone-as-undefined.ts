// A call about one object, whose failure may say the object is gone: `.catch(goneAsUndefined(isGone))`
// answers undefined for that failure and rethrows any other.
export function goneAsUndefined(isGone: (error: unknown) => boolean): (error: unknown) => undefined {
  return (error) => {
    if (isGone(error)) return undefined;
    throw error;
  };
}
