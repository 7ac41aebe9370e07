// Refusals that cross the API as data: a reason (an i18n key under "errors.") and the values
// its message needs. The renderer writes them in the learner's language; nothing here is prose.

export type ErrorParams = Record<string, string | number>;

/** A request for something that does not exist (a lesson id no pack has). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly reason: string,
    readonly params: ErrorParams = {},
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
  }
}

/** A request that is well-formed but cannot be carried out (e.g. an address not allowed). */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly reason: string,
    readonly params: ErrorParams = {},
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
  }
}
