import type { Client } from '@urql/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Answers } from '../../components/application-form/answers';
import { ApplicationErrorCode, type ApplicationDraftFragment } from './gql/graphql';
import { ApplicationDraftQuery, SaveApplicationDraftMutation } from './documents';

export type Draft = ApplicationDraftFragment;

/** How the draft's saving goes, for the page's "saved" line. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed' }
  /** Another device saved the draft meanwhile: the page shows what is stored now. */
  | { kind: 'replaced' };

/** The pause after the last keystroke before the draft is saved. */
const SAVE_AFTER_MS = 1500;
/** The wait before trying again when the connection was lost. */
const RETRY_MS = 5000;

/**
 * The draft's answers as the citizen types them, saved to the API a moment after the last
 * change, at once when asked (leaving a section, uploading, submitting), when the tab is hidden
 * and when the page is left. Saves run one after the other, each with the version the previous
 * one returned; the API's answer brings the answers' problems and the documents still missing.
 */
export function useDraftSaver(client: Client, initial: Draft) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [answers, setAnswers] = useState<Answers>(() => (initial.answers ?? {}) as Answers);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef({ draft: initial, answers: (initial.answers ?? {}) as Answers });
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const take = (next: Draft) => {
    latest.current.draft = next;
    setDraft(next);
  };

  /** The draft as stored now (answers included), after another device changed it. */
  async function reload(): Promise<void> {
    const result = await client
      .query(
        ApplicationDraftQuery,
        { id: latest.current.draft.id },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const stored = result.data?.application;
    if (!stored) return;
    take(stored);
    latest.current.answers = (stored.answers ?? {}) as Answers;
    setAnswers(latest.current.answers);
  }

  async function saveNow(): Promise<void> {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const result = await client
      .mutation(SaveApplicationDraftMutation, {
        input: {
          applicationId: latest.current.draft.id,
          answers: latest.current.answers,
          version: latest.current.draft.version,
        },
      })
      .toPromise();
    const payload = result.data?.saveApplicationDraft;
    if (!payload) {
      dirty.current = true;
      setState({ kind: 'failed' });
      timer.current = setTimeout(() => void save(), RETRY_MS);
      return;
    }
    if (payload.application) {
      take(payload.application);
      setState({ kind: 'saved', at: new Date() });
      return;
    }
    if (payload.userErrors.some((error) => error.code === ApplicationErrorCode.VERSION_CONFLICT)) {
      await reload();
      setState({ kind: 'replaced' });
      return;
    }
    setState({ kind: 'failed' });
  }

  /** Saves what is not saved yet, after the saves already on their way. */
  function save(): Promise<void> {
    queue.current = queue.current.then(saveNow, saveNow);
    return queue.current;
  }

  function change(next: Answers) {
    latest.current.answers = next;
    setAnswers(next);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
  }

  /** Takes the draft as the API returned it after something else than a save (an upload). */
  function refreshed(next: Draft) {
    take(next);
  }

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      // Leaving the page: what was typed last is saved all the same.
      void save();
    };
  }, []);

  return { draft, answers, state, change, save, reload, refreshed, latest };
}
