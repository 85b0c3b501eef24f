import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useFairReleaseTexts } from '../i18n/pages/fair-release/texts';
import { paths } from '../lib/routes';

type Release = { state: string; startsAt: string; opensAt: string; closesAt: string };

/** On a service's page: its times are given out by lot, when to ask, and the link to the rule. */
export function ReleaseNotice(props: { release: Release }) {
  const { locale } = useI18n();
  const texts = useFairReleaseTexts();
  if (!texts || props.release.state === 'DRAWN') return null;
  const formats = createFormats(locale);
  const when = (instant: string) => `${formats.instantDay(instant)}, ${formats.clock(instant)}`;
  const key =
    props.release.state === 'OPEN'
      ? 'notice.open'
      : props.release.state === 'DRAWING'
        ? 'notice.drawing'
        : 'notice.upcoming';
  return (
    <div class="kern-alert kern-alert--info" role="note">
      <div class="kern-alert__body">
        <p class="kern-body">
          {texts.t(key, {
            from: formats.instantDay(props.release.startsAt),
            opens: when(props.release.opensAt),
            closes: when(props.release.closesAt),
          })}
        </p>
        <p class="kern-body">
          <a class="kern-link" href={paths.fairRelease()}>
            {texts.t('notice.rules')}
          </a>
        </p>
      </div>
    </div>
  );
}
