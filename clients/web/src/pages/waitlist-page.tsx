import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, TextField, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { LoadFailed, Loading } from '../components/status';
import { useApiTextLang } from '../components/api-text';
import { WaitlistEntryDetails } from '../components/waitlist-entries';
import type { WaitlistEntryFieldsFragment } from '../gql/graphql';
import {
  AcceptWaitlistOfferMutation,
  ConfirmWaitlistEntryMutation,
  DeclineWaitlistOfferMutation,
  JoinWaitlistMutation,
  LeaveWaitlistMutation,
  WaitlistEntryByTokenQuery,
} from '../graphql/waitlist';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { useWaitlistTexts } from '../i18n/pages/waitlist/texts';
import { addDays, isLocalDay, startOfDay, today } from '../lib/berlin-time';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';

/** A new entry looks four weeks ahead, as the booking's day list does. */
const DEFAULT_DAYS = 28;

type Joined = 'inLine' | 'confirmationSent';

/**
 * Joining the waitlist of a service at an office (from the booking's day list when no time is
 * free): the period and times of day, the name and, for guests, the e-mail address that gets the
 * confirmation link and the offers.
 */
export function WaitlistJoinPage() {
  const { t } = useI18n();
  const texts = useWaitlistTexts();
  const { params, query } = useRoute();
  const { session } = useSession();
  const signedIn = session.status === 'signedIn' ? session.account : null;
  const [, join] = useMutation(JoinWaitlistMutation);
  const first = today();
  const [from, setFrom] = useState<string>(first);
  const [to, setTo] = useState<string>(addDays(first, DEFAULT_DAYS - 1));
  const [earliest, setEarliest] = useState('08:00');
  const [latest, setLatest] = useState('18:00');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [joined, setJoined] = useState<Joined | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    if (signedIn && !name) setName(signedIn.name ?? '');
  }, [signedIn]);

  if (!texts || session.status === 'loading') return <Loading />;

  if (joined) {
    const heading = texts.t(joined === 'inLine' ? 'joined.heading' : 'confirmSent.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{texts.t(joined === 'inLine' ? 'joined.text' : 'confirmSent.text')}</p>
        {joined === 'inLine' && (
          <p class="kern-body">
            <a class="kern-link" href={paths.myTownHall()}>
              {texts.t('joined.myTownHall')}
            </a>
          </p>
        )}
      </>
    );
  }

  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const example = addDays(first, 7);

  async function submit() {
    if (busy.current || !texts) return;
    const problems: FormError[] = [];
    if (!isLocalDay(from))
      problems.push({ field: 'from', message: texts.t('join.invalidDay', { example }) });
    if (!isLocalDay(to))
      problems.push({ field: 'to', message: texts.t('join.invalidDay', { example }) });
    if (problems.length > 0) {
      setErrors(problems);
      setAttempt((value) => value + 1);
      return;
    }
    busy.current = true;
    const result = await join({
      input: {
        serviceId: params.serviceId ?? '',
        officeIds: [query.office ?? ''],
        startsAfter: startOfDay(from).toISOString(),
        endsBefore: startOfDay(addDays(to, 1)).toISOString(),
        earliestTime: earliest.trim(),
        latestTime: latest.trim(),
        name,
        email: signedIn ? null : email,
      },
    });
    busy.current = false;
    const payload = result.data?.joinWaitlist;
    if (!payload) {
      setErrors([{ field: null, message: t('errors.connection') }]);
      setAttempt((value) => value + 1);
      return;
    }
    if (payload.userErrors.length > 0) {
      const fieldNames: Record<string, string> = {
        endsBefore: 'to',
        startsAfter: 'from',
        latestTime: 'latest',
        earliestTime: 'earliest',
      };
      setErrors(
        payload.userErrors.map((error) => {
          const field = error.field?.[0] ?? null;
          return { field: field ? (fieldNames[field] ?? field) : null, message: error.message };
        }),
      );
      setAttempt((value) => value + 1);
      return;
    }
    setJoined(payload.confirmationSent ? 'confirmationSent' : 'inLine');
  }

  const heading = texts.t('join.heading');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{texts.t('join.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id="from"
          label={texts.t('join.from')}
          hint={texts.t('join.dayHint', { example })}
          error={errorOf('from')}
          value={from}
          onValue={setFrom}
        />
        <TextField
          id="to"
          label={texts.t('join.to')}
          hint={texts.t('join.dayHint', { example })}
          error={errorOf('to')}
          value={to}
          onValue={setTo}
        />
        <TextField
          id="earliest"
          label={texts.t('join.earliest')}
          hint={texts.t('join.timeHint')}
          error={errorOf('earliest')}
          value={earliest}
          onValue={setEarliest}
        />
        <TextField
          id="latest"
          label={texts.t('join.latest')}
          hint={texts.t('join.timeHint')}
          error={errorOf('latest')}
          value={latest}
          onValue={setLatest}
        />
        <TextField
          id="name"
          label={texts.t('join.name')}
          autocomplete="name"
          error={errorOf('name')}
          value={name}
          onValue={setName}
        />
        {!signedIn && (
          <TextField
            id="email"
            type="email"
            label={texts.t('join.email')}
            hint={texts.t('join.emailHint')}
            autocomplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellcheck={false}
            error={errorOf('email')}
            value={email}
            onValue={setEmail}
          />
        )}
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{texts.t('join.submit')}</span>
        </button>
      </form>
    </>
  );
}

/**
 * The link in a guest's confirmation e-mail: the entry takes its place in line. Opened again (a
 * second click), it finds the entry in line and says so too; the same token opens the entry's page.
 */
export function WaitlistConfirmPage() {
  const texts = useWaitlistTexts();
  const { query } = useRoute();
  const token = query.token ?? '';
  const client = useClient();
  const [, confirm] = useMutation(ConfirmWaitlistEntryMutation);
  const [confirmed, setConfirmed] = useState<boolean | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void (async () => {
      const result = await confirm({ input: { token } });
      if (result.data?.confirmWaitlistEntry.confirmed) return setConfirmed(true);
      const inLine = await client
        .query(WaitlistEntryByTokenQuery, { token }, { requestPolicy: 'network-only' })
        .toPromise();
      setConfirmed(Boolean(inLine.data?.waitlistEntryByToken));
    })();
  }, []);
  if (!texts || confirmed === null) return <Loading />;
  const heading = texts.t(confirmed ? 'confirm.heading' : 'confirm.invalid.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p class="kern-body">{texts.t(confirmed ? 'confirm.text' : 'confirm.invalid.text')}</p>
      {confirmed && (
        <p class="kern-body">
          <a class="kern-link" href={paths.waitlistEntry(token)}>
            {texts.t('confirm.entryLink')}
          </a>
        </p>
      )}
    </>
  );
}

/**
 * A guest's entry by the link in the confirmation e-mail: the place in line, the time held for
 * them now (accepted by the offer's own e-mail), and leaving the line.
 */
export function WaitlistEntryPage() {
  const { t } = useI18n();
  const texts = useWaitlistTexts();
  const textLang = useApiTextLang();
  const { query } = useRoute();
  const token = query.token ?? '';
  const client = useClient();
  const [, leave] = useMutation(LeaveWaitlistMutation);
  const [entry, setEntry] = useState<WaitlistEntryFieldsFragment | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [left, setLeft] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  async function load() {
    const result = await client
      .query(WaitlistEntryByTokenQuery, { token }, { requestPolicy: 'network-only' })
      .toPromise();
    setFailed(!result.data);
    if (result.data) setEntry(result.data.waitlistEntryByToken ?? null);
  }
  useEffect(() => {
    void load();
  }, []);
  useOnLanguageChange(() => void load());

  async function leaveLine() {
    if (busy.current) return;
    busy.current = true;
    const payload = (await leave({ input: { token } })).data?.leaveWaitlist;
    busy.current = false;
    if (payload?.left) return setLeft(true);
    setErrors(
      payload
        ? payload.userErrors.map((error) => ({ field: null, message: error.message }))
        : [{ field: null, message: t('errors.connection') }],
    );
    setAttempt((value) => value + 1);
    await load();
  }

  if (!texts || (entry === undefined && !failed)) return <Loading />;
  if (failed) return <LoadFailed retry={() => void load()} />;
  if (left || !entry) {
    const key = left ? 'entry.left' : 'entry.gone';
    return (
      <>
        <ErrorSummary errors={errors} focusKey={attempt} />
        <PageHeading title={texts.t(`${key}.heading`)}>{texts.t(`${key}.heading`)}</PageHeading>
        <p class="kern-body">{texts.t(`${key}.text`)}</p>
      </>
    );
  }
  const heading = texts.t('entry.heading');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <h2 class="kern-heading-small" lang={textLang}>
        {entry.service.name}
      </h2>
      <WaitlistEntryDetails entry={entry} />
      {entry.offer && <p class="kern-body">{texts.t('entry.offerHint')}</p>}
      <button type="button" class="kern-btn kern-btn--secondary" onClick={() => void leaveLine()}>
        <span class="kern-label">{texts.t('entry.leave')}</span>
      </button>
    </>
  );
}

type OfferOutcome = { kind: 'accepted'; code: string; email: string } | { kind: 'declined' };

/** The link in an offer's e-mail: accept (book) or decline the time held for the person. */
export function WaitlistOfferPage() {
  const { t } = useI18n();
  const texts = useWaitlistTexts();
  const { query } = useRoute();
  const token = query.token ?? '';
  const [, accept] = useMutation(AcceptWaitlistOfferMutation);
  const [, decline] = useMutation(DeclineWaitlistOfferMutation);
  const [outcome, setOutcome] = useState<OfferOutcome | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  async function act(kind: 'accept' | 'decline') {
    if (busy.current) return;
    busy.current = true;
    const result =
      kind === 'accept' ? await accept({ input: { token } }) : await decline({ input: { token } });
    busy.current = false;
    const data = result.data;
    const payload =
      data &&
      ('acceptWaitlistOffer' in data ? data.acceptWaitlistOffer : data.declineWaitlistOffer);
    if (!payload) {
      setErrors([{ field: null, message: t('errors.connection') }]);
    } else if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((error) => ({ field: null, message: error.message })));
    } else if ('appointment' in payload && payload.appointment) {
      setOutcome({ kind: 'accepted', ...payload.appointment });
      return;
    } else {
      setOutcome({ kind: 'declined' });
      return;
    }
    setAttempt((value) => value + 1);
  }

  if (!texts) return <Loading />;
  if (outcome) {
    const heading = texts.t(
      outcome.kind === 'accepted' ? 'offer.accepted.heading' : 'offer.declined.heading',
    );
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">
          {outcome.kind === 'accepted'
            ? texts.t('offer.accepted.text', { email: outcome.email, code: outcome.code })
            : texts.t('offer.declined.text')}
        </p>
      </>
    );
  }
  const heading = texts.t('offer.heading');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{texts.t('offer.text')}</p>
      <ul class="action-list">
        <li>
          <button
            type="button"
            class="kern-btn kern-btn--primary"
            onClick={() => void act('accept')}
          >
            <span class="kern-label">{texts.t('offer.accept')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => void act('decline')}
          >
            <span class="kern-label">{texts.t('offer.decline')}</span>
          </button>
        </li>
      </ul>
    </>
  );
}
