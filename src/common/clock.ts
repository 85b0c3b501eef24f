/** The source of "now" for every rule that depends on time; tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
