import type { ComponentChildren } from 'preact';
import { ErrorSummary, type FormError } from './form';
import { BackLink } from './links';
import { PageHeading } from './page-heading';
import { LoadFailed, Loading } from './status';
import { paths } from '../lib/routes';

/**
 * A page of "my town hall" that loads what it shows: the way back, the summary of the last
 * attempt's errors, the heading and what leads in; then, once its data is loaded, the page's
 * own content made from it, or the loading note, or the failure with a retry.
 */
export function AccountPage<Data>(props: {
  heading: string;
  errors: FormError[];
  /** Changes with each attempt, so that the error summary takes the focus again. */
  attempt: unknown;
  lead?: ComponentChildren;
  /** What the page loaded; null or undefined while it loads or when loading failed. */
  data: Data | null | undefined;
  failed: boolean;
  retry: () => void;
  children: (data: Data) => ComponentChildren;
}) {
  return (
    <>
      <BackLink href={paths.myTownHall()} />
      <ErrorSummary errors={props.errors} focusKey={props.attempt} />
      <PageHeading title={props.heading} hasErrors={props.errors.length > 0}>
        {props.heading}
      </PageHeading>
      {props.lead}
      {props.data !== null && props.data !== undefined ? (
        props.children(props.data)
      ) : props.failed ? (
        <LoadFailed retry={props.retry} />
      ) : (
        <Loading />
      )}
    </>
  );
}
