/** A request for something that does not exist (a lesson id no pack has). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A request that is well-formed but cannot be carried out (e.g. an address not allowed). */
export class RequestError extends Error {
  override name = 'RequestError';
}
