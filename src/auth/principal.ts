/**
 * Who sends a request. Only anonymous callers exist until accounts arrive (issue: accounts and
 * sign-in); every resolver already receives the principal so that adding kinds changes no signature.
 */
export type Principal = { kind: 'anonymous' };

export const anonymous: Principal = { kind: 'anonymous' };
