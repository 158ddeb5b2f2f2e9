/**
 * An answer kept in memory until what it shows changes (see `ChangeFeed`), returned by a handler
 * in place of the plain value. `ContractInterceptor` passes `value` through the route's response
 * schema and serializes it the first time it is sent, and memoizes the JSON here per schema (a
 * route may answer some roles with a narrower one): every later request that gets the same kept
 * answer is sent that text, without copying and stringifying a large result (a 2,000-task
 * schedule is ~400 KB) on the event loop again.
 */
export class KeptResponse<T> {
  private readonly json = new Map<object, string>();

  constructor(readonly value: T) {}

  /** The JSON of `value` as `schema` serializes it, computed once per schema. */
  jsonFor(schema: object, serialize: (value: T) => unknown): string {
    let text = this.json.get(schema);
    if (text === undefined) {
      text = JSON.stringify(serialize(this.value));
      this.json.set(schema, text);
    }
    return text;
  }
}
