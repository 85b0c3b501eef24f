import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type FormError } from '../components/form';
import { BackLink } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { LoadFailed, Loading } from '../components/status';
import { AccessReason, Role, type MyDataAccessLogQuery as LogResult } from '../gql/graphql';
import { ExportMyDataMutation, MyDataAccessLogQuery } from '../graphql/my-account';
import { createFormats } from '../i18n/format';
import { useI18n, type MessageKey, type Translator } from '../i18n/i18n';
import { localDayOf } from '../lib/berlin-time';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';

type Entry = NonNullable<LogResult['me']>['dataAccessLog']['edges'][number]['node'];

const PAGE_SIZE = 20;

const REASONS: Record<AccessReason, MessageKey> = {
  [AccessReason.HANDLING_APPOINTMENT]: 'myData.log.reason.appointment',
  [AccessReason.ANSWERING_REQUEST]: 'myData.log.reason.request',
  [AccessReason.PROCESSING_APPLICATION]: 'myData.log.reason.application',
  [AccessReason.LEGAL_OBLIGATION]: 'myData.log.reason.law',
};

/** Who read it, with the role they read in; reads recorded before roles were have none. */
const WHO: Partial<Record<Role, MessageKey>> = {
  [Role.STAFF]: 'myData.log.who.staff',
  [Role.ADMIN]: 'myData.log.who.admin',
};

/** What was read, from the log's subject ("APPOINTMENT:<code>", "CONVERSATION:<id>"). */
function whatWasRead(t: Translator['t'], subject: string): string {
  const [kind, id = ''] = subject.split(':', 2);
  switch (kind) {
    case 'APPOINTMENT':
      return t('myData.log.what.appointment', { code: id });
    case 'CONVERSATION':
      return t('myData.log.what.conversation');
    default:
      return t('myData.log.what.other');
  }
}

/** "Erika Schulz of the town hall read your appointment … on 3 December 2026 at 10:12 to …" */
function LogEntry(props: { entry: Entry; focus: boolean }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { entry } = props;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (props.focus) item.current?.focus();
  }, [props.focus]);
  return (
    <li ref={item} tabIndex={props.focus ? -1 : undefined} class="kern-body access-log__item">
      {t('myData.log.entry', {
        who: entry.staffMember
          ? t((entry.staffRole && WHO[entry.staffRole]) || 'myData.log.who', {
              name: entry.staffMember,
            })
          : t('myData.log.whoDeleted'),
        what: whatWasRead(t, entry.subject),
        day: formats.instantDay(entry.accessedAt),
        time: formats.clock(entry.accessedAt),
        why: t(REASONS[entry.reason]),
      })}
    </li>
  );
}

/** The JSON of the export as a file download, named after the town-time day of the export. */
function download(data: unknown, name: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function MyData() {
  const { t } = useI18n();
  const client = useClient();
  const { refresh } = useSession();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [more, setMore] = useState<string | null>(null);
  const [firstOfMore, setFirstOfMore] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [exported, setExported] = useState(false);
  const [, exportMyData] = useMutation(ExportMyDataMutation);
  const busy = useRef(false);
  /** One "show more" at a time: a double click would add the same page twice. */
  const loadingMore = useRef(false);

  async function load(after: string | null) {
    const result = await client
      .query(MyDataAccessLogQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setFailed(true);
      return;
    }
    // The session ended meanwhile (signed out from another device): the page sends to sign-in.
    if (!result.data.me) return void refresh();
    const { edges, pageInfo } = result.data.me.dataAccessLog;
    const page = edges.map((edge) => edge.node);
    setFailed(false);
    setFirstOfMore(after ? (entries?.length ?? 0) : null);
    setEntries((previous) => (after && previous ? [...previous, ...page] : page));
    setMore(pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null);
  }

  useEffect(() => {
    void load(null);
  }, []);

  async function downloadMyData() {
    if (busy.current) return;
    busy.current = true;
    setExported(false);
    const result = await exportMyData({});
    busy.current = false;
    const payload = result.data?.exportMyData;
    const problems: FormError[] = !payload
      ? [{ field: null, message: t('errors.connection') }]
      : payload.userErrors.map((error) => ({ field: null, message: error.message }));
    setErrors(problems);
    if (problems.length > 0 || !payload?.data) {
      setAttempt((value) => value + 1);
      return;
    }
    download(payload.data, t('myData.export.fileName', { day: localDayOf(new Date()) }));
    setExported(true);
  }

  const heading = t('myData.heading');
  return (
    <>
      <BackLink href={paths.myTownHall()} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>

      <section class="section" aria-labelledby="export-heading">
        <h2 id="export-heading" class="kern-heading-medium">
          {t('myData.export.heading')}
        </h2>
        <p class="kern-body">{t('myData.export.text')}</p>
        <button type="button" class="kern-btn kern-btn--secondary" onClick={downloadMyData}>
          <span class="kern-icon kern-icon--download" aria-hidden="true" />
          <span class="kern-label">{t('myData.export.button')}</span>
        </button>
        <p class="kern-body section__status" role="status">
          {exported && t('myData.export.done')}
        </p>
      </section>

      <section class="section" aria-labelledby="log-heading">
        <h2 id="log-heading" class="kern-heading-medium">
          {t('myData.log.heading')}
        </h2>
        <p class="kern-body">{t('myData.log.text')}</p>
        {!entries ? (
          failed ? (
            <LoadFailed retry={() => void load(null)} />
          ) : (
            <Loading />
          )
        ) : entries.length === 0 ? (
          <p class="kern-body">{t('myData.log.none')}</p>
        ) : (
          <ul class="access-log">
            {entries.map((entry, index) => (
              <LogEntry
                key={`${entry.accessedAt}:${index}`}
                entry={entry}
                focus={index === firstOfMore}
              />
            ))}
          </ul>
        )}
        {more && (
          <p>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={async () => {
                if (loadingMore.current) return;
                loadingMore.current = true;
                await load(more);
                loadingMore.current = false;
              }}
            >
              <span class="kern-label">{t('myData.log.more')}</span>
            </button>
          </p>
        )}
      </section>
    </>
  );
}

/**
 * "My data": everything the town hall keeps about the citizen as a JSON download, and who among
 * its staff read her data, when and why, in plain words.
 */
export function MyDataPage() {
  return <SignedInOnly>{() => <MyData />}</SignedInOnly>;
}
