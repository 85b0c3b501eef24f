import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { Client } from '@urql/core';
import {
  FinishPasskeyRegistrationMutation,
  FinishPasskeySignInMutation,
  StartPasskeyRegistrationMutation,
  StartPasskeySignInMutation,
} from '../graphql/accounts';
import type { UserError } from './api';

// The WebAuthn ceremonies, with @simplewebauthn/browser doing the browser's part. Only the pages
// that sign in or add a passkey import this module, so the start page never loads it.

/** Why a ceremony did not end with a signed-in session or a stored passkey. */
export type PasskeyProblem =
  /** The person closed the browser's dialog, or it timed out. */
  | { kind: 'cancelled' }
  /** This authenticator holds a passkey for the account already (registration). */
  | { kind: 'exists' }
  /** Another ceremony replaced this one, or the page ended it: nothing to tell. */
  | { kind: 'aborted' }
  /** The server refused: its user errors, with messages in the page's language. */
  | { kind: 'refused'; userErrors: UserError[] }
  /** The request did not reach the server, or the browser failed otherwise. */
  | { kind: 'failed' };

export type PasskeyOutcome = { ok: true } | { ok: false; problem: PasskeyProblem };

export { browserSupportsWebAuthn as passkeysSupported };
export { browserSupportsWebAuthnAutofill as passkeyAutofillSupported };

/** Ends a ceremony under way, e.g. the autofill request of a page that is left. */
export function cancelPasskeyCeremony(): void {
  WebAuthnAbortService.cancelCeremony();
}

function problemOf(error: unknown): PasskeyProblem {
  // @simplewebauthn/browser keeps the DOMException's name on its WebAuthnError.
  switch (error instanceof Error ? error.name : '') {
    case 'AbortError':
      return { kind: 'aborted' };
    case 'NotAllowedError':
      return { kind: 'cancelled' };
    case 'InvalidStateError':
      return { kind: 'exists' };
    default:
      return { kind: 'failed' };
  }
}

type Payload = { userErrors: UserError[] } | undefined;

function refusal(payload: Payload): PasskeyOutcome | null {
  if (!payload) return { ok: false, problem: { kind: 'failed' } };
  if (payload.userErrors.length > 0) {
    return { ok: false, problem: { kind: 'refused', userErrors: payload.userErrors } };
  }
  return null;
}

/**
 * Signs in with a passkey, without asking who: the browser offers the passkeys it holds for this
 * site. With `autofill`, it offers them in the suggestions of the field marked
 * `autocomplete="username webauthn"` (conditional UI) and waits until one is picked.
 */
export async function signInWithPasskey(
  client: Client,
  options: { autofill: boolean },
): Promise<PasskeyOutcome> {
  const started = (await client.mutation(StartPasskeySignInMutation, {}).toPromise()).data
    ?.startPasskeySignIn;
  const refused = refusal(started);
  if (refused || !started?.options) return refused ?? { ok: false, problem: { kind: 'failed' } };
  let response;
  try {
    response = await startAuthentication({
      optionsJSON: started.options as PublicKeyCredentialRequestOptionsJSON,
      useBrowserAutofill: options.autofill,
    });
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  const finished = (
    await client.mutation(FinishPasskeySignInMutation, { input: { response } }).toPromise()
  ).data?.finishPasskeySignIn;
  return refusal(finished) ?? { ok: true };
}

/** Creates a passkey for the signed-in account on this device (or in its password manager). */
export async function createPasskey(client: Client): Promise<PasskeyOutcome> {
  const started = (await client.mutation(StartPasskeyRegistrationMutation, {}).toPromise()).data
    ?.startPasskeyRegistration;
  const refused = refusal(started);
  if (refused || !started?.options) return refused ?? { ok: false, problem: { kind: 'failed' } };
  let response;
  try {
    response = await startRegistration({
      optionsJSON: started.options as PublicKeyCredentialCreationOptionsJSON,
    });
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  const finished = (
    await client.mutation(FinishPasskeyRegistrationMutation, { input: { response } }).toPromise()
  ).data?.finishPasskeyRegistration;
  return refusal(finished) ?? { ok: true };
}
