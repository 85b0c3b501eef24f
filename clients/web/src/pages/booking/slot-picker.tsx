import { useQuery, useSubscription } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HeadingLegend, RadioGroup } from '../../components/form';
import { Loading, LoadFailed } from '../../components/status';
import { FreeSlotsQuery, SlotAvailabilitySubscription } from '../../graphql/appointments';
import { useI18n } from '../../i18n/i18n';
import { createFormats } from '../../i18n/format';
import { addDays, startOfDay, type LocalDay } from '../../lib/berlin-time';
import { onReconnect } from '../../lib/live';

export type Slot = { startsAt: string; endsAt: string; available: number };

/**
 * The free slots of a period, kept current: the query gives the state when the page opened,
 * `slotAvailabilityChanged` every change since. A change always wins over the query's answer
 * (it is newer); after a reconnect, when changes may have been missed, both start afresh.
 */
export function useLiveSlots(options: {
  serviceId: string;
  officeId: string | undefined;
  from: Date;
  to: Date;
  onChange?: (change: Slot, before: Slot | undefined) => void;
}) {
  const { serviceId, from, to, onChange } = options;
  const officeId = options.officeId ?? '';
  const [result, refetch] = useQuery({
    query: FreeSlotsQuery,
    variables: { serviceId, officeId, from: from.toISOString(), to: to.toISOString() },
    requestPolicy: 'cache-and-network',
    pause: !officeId,
  });
  const [changes, setChanges] = useState<ReadonlyMap<string, Slot>>(new Map());
  const merged = useMemo(() => {
    if (!result.data) return null;
    const slots = new Map<string, Slot>(result.data.freeSlots.map((slot) => [slot.startsAt, slot]));
    for (const change of changes.values()) {
      const starts = Date.parse(change.startsAt);
      if (starts >= from.getTime() && starts < to.getTime()) slots.set(change.startsAt, change);
    }
    return [...slots.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }, [result.data, changes, from, to]);
  const current = useRef(merged);
  current.current = merged;
  const listener = useRef(onChange);
  listener.current = onChange;

  useSubscription(
    { query: SlotAvailabilitySubscription, variables: { serviceId, officeId }, pause: !officeId },
    (_previous, data) => {
      const change = data.slotAvailabilityChanged;
      const before = current.current?.find((slot) => slot.startsAt === change.startsAt);
      setChanges((map) => new Map(map).set(change.startsAt, change));
      listener.current?.(change, before);
      return data;
    },
  );

  useEffect(() => {
    const fresh = () => {
      setChanges(new Map());
      refetch({ requestPolicy: 'network-only' });
    };
    // A phone that slept or a dropped connection may have missed changes.
    const onVisible = () => {
      if (document.visibilityState === 'visible') fresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    const stop = onReconnect(fresh);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [refetch]);

  return {
    slots: merged,
    error: result.error,
    retry: () => refetch({ requestPolicy: 'network-only' }),
  };
}

/**
 * The free times of one day as radio buttons that follow every booking and cancellation live:
 * a time someone else takes disappears, and a polite announcement says which.
 */
export function SlotPicker(props: {
  serviceId: string;
  officeId: string;
  day: LocalDay;
  name: string;
  /** The question as a heading element; it becomes the legend of the radios. */
  heading: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string | undefined;
  onValue: (startsAt: string | undefined) => void;
  /** The time this citizen is holding just now: its going is their own doing, not news. */
  holding?: string;
  /** A change of this number reads the list afresh (after a time was taken unseen). */
  refresh?: number;
  /** Shown instead of the radios when the day has no free time left. */
  empty: ComponentChildren;
}) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const [note, setNote] = useState('');
  const value = useRef(props.value);
  value.current = props.value;
  const holding = useRef(props.holding);
  holding.current = props.holding;
  const range = useMemo(
    () => ({ from: startOfDay(props.day), to: startOfDay(addDays(props.day, 1)) }),
    [props.day],
  );
  const { slots, error, retry } = useLiveSlots({
    serviceId: props.serviceId,
    officeId: props.officeId,
    from: range.from,
    to: range.to,
    onChange: (change, before) => {
      const starts = Date.parse(change.startsAt);
      if (starts < range.from.getTime() || starts >= range.to.getTime()) return;
      if (change.startsAt === holding.current) return;
      const time = formats.clock(change.startsAt);
      const wasFree = (before?.available ?? 0) > 0;
      if (change.available === 0 && wasFree) {
        if (value.current === change.startsAt) {
          props.onValue(undefined);
          setNote(t('booking.time.live.chosenGone', { time }));
        } else {
          setNote(t('booking.time.live.gone', { time }));
        }
      } else if (change.available > 0 && !wasFree && starts > Date.now()) {
        setNote(t('booking.time.live.back', { time }));
      }
    },
  });

  useEffect(() => {
    if (props.refresh) retry();
  }, [props.refresh]);

  const now = Date.now();
  const free = (slots ?? []).filter(
    (slot) => slot.available > 0 && Date.parse(slot.startsAt) > now,
  );

  return (
    <div class="slot-picker">
      {/* Present from the start: screen readers only announce changes of an existing region. */}
      <p
        class={`live-note${note ? ' live-note--visible' : ''}`}
        aria-live="polite"
        aria-atomic="true"
      >
        {note && <span class="kern-icon kern-icon--info" aria-hidden="true" />}
        <span>{note}</span>
      </p>
      {error && !slots ? (
        <LoadFailed retry={retry} />
      ) : !slots ? (
        <Loading />
      ) : free.length === 0 ? (
        <>
          {props.heading}
          {props.empty}
        </>
      ) : (
        <RadioGroup
          name={props.name}
          legend={<HeadingLegend>{props.heading}</HeadingLegend>}
          hint={props.hint}
          error={props.error}
          layout="grid"
          options={free.map((slot) => ({
            value: slot.startsAt,
            label: t('booking.time.option', { time: formats.clock(slot.startsAt) }),
          }))}
          value={props.value}
          onValue={(startsAt) => {
            setNote('');
            props.onValue(startsAt);
          }}
        />
      )}
    </div>
  );
}
