import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, type FormError } from '../components/form';
import { StartLink } from '../components/links';
import { focusPageHeading, PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { useI18n, type Translator } from '../i18n/i18n';
import { createPasskey, passkeysSupported, type PasskeyProblem } from '../lib/passkeys';
import { paths, returnPath } from '../lib/routes';
import { declinePasskeyOffer } from '../lib/session';

/** What to tell about a passkey that was not created; nothing when the page ended the ceremony. */
function creationErrors(problem: PasskeyProblem, t: Translator['t']): FormError[] {
  switch (problem.kind) {
    case 'aborted':
      return [];
    case 'cancelled':
      return [{ field: null, message: t('passkey.error.cancelled') }];
    case 'exists':
      return [{ field: null, message: t('passkey.error.exists') }];
    case 'refused':
      return problem.userErrors.map((error) => ({ field: null, message: error.message }));
    case 'failed':
      return [{ field: null, message: t('passkey.error.failed') }];
  }
}

function CreatePasskey() {
  const { t } = useI18n();
  const { query } = useRoute();
  const client = useClient();
  const target = returnPath(query.return, paths.myTownHall());
  const [supported] = useState(passkeysSupported);
  const [created, setCreated] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  async function create() {
    if (busy.current) return;
    busy.current = true;
    const outcome = await createPasskey(client);
    busy.current = false;
    if (outcome.ok) {
      setErrors([]);
      setCreated(true);
      focusPageHeading();
      return;
    }
    setErrors(creationErrors(outcome.problem, t));
    setAttempt((value) => value + 1);
  }

  if (created) {
    const heading = t('passkey.created.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('passkey.created.text')}</p>
        <StartLink href={target}>{t('form.continue')}</StartLink>
      </>
    );
  }

  const heading = t('passkey.offer.heading');
  if (!supported) {
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('passkey.offer.unsupported')}</p>
        <StartLink href={target}>{t('form.continue')}</StartLink>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{t('passkey.offer.text')}</p>
      <p class="kern-body">{t('passkey.offer.safety')}</p>
      <div class="button-group">
        <button type="button" class="kern-btn kern-btn--primary" onClick={create}>
          <span class="kern-label">{t('passkey.offer.create')}</span>
        </button>
        <a class="kern-btn kern-btn--secondary" href={target} onClick={declinePasskeyOffer}>
          <span class="kern-label">{t('passkey.offer.skip')}</span>
        </a>
      </div>
    </>
  );
}

/**
 * "Sign in with your fingerprint or face next time": the offer after a password sign-in, and the
 * way to add a passkey from "My town hall". `?return=` is where it leads on, also when skipped.
 */
export function CreatePasskeyPage() {
  return <SignedInOnly>{() => <CreatePasskey />}</SignedInOnly>;
}
