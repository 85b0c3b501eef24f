import type { ComponentChildren } from 'preact';
import { PageHeading } from '../components/page-heading';
import { Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';
import { TOWN_NAME } from '../lib/town';
import {
  AUTHORIZATION_HEADER,
  curlExample,
  DEVELOPER_PATHS,
  EXAMPLE_APP,
  KEY_VARIABLE,
  LIMITS,
  pythonExample,
  typescriptExample,
  WEBHOOK_EVENTS,
  WEBHOOK_PAYLOAD_EXAMPLE,
  WEBHOOK_RETRIES,
  WEBHOOK_TIMEOUT_SECONDS,
  webhookReceiverExample,
} from './api-facts';
import { useDeveloperTexts } from '../i18n/pages/developers/texts';
import type de from '../i18n/pages/developers/de.json';

const code = (chunks: ComponentChildren[]) => <code>{chunks}</code>;

/**
 * A link to what the server serves itself (files, GraphiQL): `_top` keeps the client's router
 * from taking it, so the browser loads it.
 */
function ServerLink(props: { path: string; children: ComponentChildren }) {
  return (
    <a class="kern-link" href={props.path} target="_top">
      {props.children}
    </a>
  );
}

/** One example: its name as a heading and the code, which scrolls sideways on its own. */
function Example(props: { id: string; title: ComponentChildren; code: string }) {
  return (
    <>
      <h3 id={props.id} class="kern-heading-small">
        {props.title}
      </h3>
      <pre class="code-example" tabIndex={0} aria-labelledby={props.id}>
        <code>{props.code}</code>
      </pre>
    </>
  );
}

/**
 * "For developers": what the public API offers, how to get a key, its limits and costs, the feeds,
 * the schema and its changes, and examples that work against this server as they are.
 */
export function DevelopersPage() {
  const { lang } = useI18n();
  const texts = useDeveloperTexts();
  if (!texts) return <Loading />;
  const { rich: t } = texts;
  const origin = location.origin;
  const link = (href: string) => (chunks: ComponentChildren[]) => (
    <a class="kern-link" href={href}>
      {chunks}
    </a>
  );
  const item = (key: keyof typeof de) => <li>{t(key, { code, maxDays: LIMITS.maxDays })}</li>;
  const title = texts.t('dev.heading');
  return (
    // The page is in German or English; whoever reads the site in another language reads English.
    <div
      class="developers"
      {...(texts.lang === lang ? {} : { lang: texts.lang, dir: LANGUAGES[texts.lang].dir })}
    >
      <PageHeading title={title}>{title}</PageHeading>
      <p class="kern-body lead">
        {t('dev.lead', { town: TOWN_NAME, endpoint: `${origin}${DEVELOPER_PATHS.graphql}`, code })}
      </p>

      <section class="section" aria-labelledby="offers-heading">
        <h2 id="offers-heading" class="kern-heading-medium">
          {t('dev.offers.heading')}
        </h2>
        <ul class="kern-list">
          {item('dev.offers.catalogue')}
          {item('dev.offers.offices')}
          {item('dev.offers.slots')}
          {item('dev.offers.announcements')}
        </ul>
        <p class="kern-body">{t('dev.offers.key')}</p>
      </section>

      <section class="section" aria-labelledby="key-heading">
        <h2 id="key-heading" class="kern-heading-medium">
          {t('dev.key.heading')}
        </h2>
        <ol class="kern-list">
          <li>{t('dev.key.signIn', { link: link(paths.signIn(paths.myApiKeys())) })}</li>
          <li>{t('dev.key.create', { link: link(paths.myApiKeys()) })}</li>
          <li>{t('dev.key.send', { code, header: AUTHORIZATION_HEADER })}</li>
        </ol>
      </section>

      <section class="section" aria-labelledby="limits-heading">
        <h2 id="limits-heading" class="kern-heading-medium">
          {t('dev.limits.heading')}
        </h2>
        <p class="kern-body">{t('dev.limits.weighed', { code, ...LIMITS })}</p>
        <p class="kern-body">{t('dev.limits.perRequest', { code, ...LIMITS })}</p>
        <p class="kern-body">{t('dev.limits.perMinute', { code, ...LIMITS })}</p>
        <p class="kern-body">{t('dev.limits.reported', { code })}</p>
        <p class="kern-body">{t('dev.limits.defaults')}</p>
      </section>

      <section class="section" aria-labelledby="feeds-heading">
        <h2 id="feeds-heading" class="kern-heading-medium">
          {t('dev.feeds.heading')}
        </h2>
        <p class="kern-body">{t('dev.feeds.text', { code })}</p>
        <ul class="kern-list">
          <li>
            <ServerLink path={DEVELOPER_PATHS.rss}>{t('dev.feeds.rss')}</ServerLink>
          </li>
          <li>
            <ServerLink path={DEVELOPER_PATHS.atom}>{t('dev.feeds.atom')}</ServerLink>
          </li>
          <li>
            <ServerLink path={DEVELOPER_PATHS.events}>{t('dev.feeds.events')}</ServerLink>
          </li>
          <li>
            <ServerLink path={DEVELOPER_PATHS.catalogue}>
              {t('dev.feeds.catalogue', { code })}
            </ServerLink>
          </li>
        </ul>
      </section>

      <section class="section" aria-labelledby="tools-heading">
        <h2 id="tools-heading" class="kern-heading-medium">
          {t('dev.tools.heading')}
        </h2>
        <ul class="kern-list">
          <li>
            <ServerLink path={DEVELOPER_PATHS.graphiql}>{t('dev.tools.graphiql')}</ServerLink>
          </li>
          <li>
            <ServerLink path={DEVELOPER_PATHS.sdl}>{t('dev.tools.sdl')}</ServerLink>
          </li>
          <li>
            <ServerLink path={DEVELOPER_PATHS.changelog}>{t('dev.tools.changelog')}</ServerLink>
          </li>
        </ul>
        <p class="kern-body">{t('dev.tools.contract', { code })}</p>
      </section>

      <section class="section" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading" class="kern-heading-medium">
          {t('dev.webhooks.heading')}
        </h2>
        <p class="kern-body">{t('dev.webhooks.text', { code })}</p>
        <p class="kern-body">{t('dev.webhooks.events', { code })}</p>
        <ul class="kern-list webhook-events">
          {WEBHOOK_EVENTS.map((event) => (
            <li key={event.name}>
              <code>{event.name}</code> (<code>{event.type}</code>):{' '}
              {t(`dev.webhooks.event.${event.name}`, { code })}
              {event.scope && <> – {t('dev.webhooks.scope', { code, scope: event.scope })}</>}
            </li>
          ))}
        </ul>
        <p class="kern-body">{t('dev.webhooks.payload', { code })}</p>
        <pre class="code-example" tabIndex={0} aria-labelledby="webhooks-heading">
          <code>{WEBHOOK_PAYLOAD_EXAMPLE}</code>
        </pre>
        <p class="kern-body">{t('dev.webhooks.signature', { code })}</p>
        <Example
          id="example-webhook-receiver"
          title={t('dev.webhooks.example')}
          code={webhookReceiverExample()}
        />
        <p class="kern-body">
          {t('dev.webhooks.delivery', {
            code,
            timeout: WEBHOOK_TIMEOUT_SECONDS,
            retries: WEBHOOK_RETRIES.join(', '),
          })}
        </p>
        <p class="kern-body">{t('dev.webhooks.addresses', { code })}</p>
      </section>

      <section class="section" aria-labelledby="examples-heading">
        <h2 id="examples-heading" class="kern-heading-medium">
          {t('dev.examples.heading')}
        </h2>
        <p class="kern-body">{t('dev.examples.text', { code, variable: KEY_VARIABLE })}</p>
        <Example id="example-curl" title={t('dev.examples.curl')} code={curlExample(origin)} />
        <Example
          id="example-typescript"
          title={t('dev.examples.typescript')}
          code={typescriptExample(origin)}
        />
        <Example
          id="example-python"
          title={t('dev.examples.python')}
          code={pythonExample(origin)}
        />
        <p class="kern-body">{t('dev.examples.app', { code, folder: EXAMPLE_APP })}</p>
      </section>
    </div>
  );
}
