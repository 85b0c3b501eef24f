import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  answerErrorsWith,
  type AnswersCheck,
  type FormDefinition,
} from '../../lib/form-definition';
import type { Answers, FieldProblem } from './answers';

/**
 * The answers checks of form versions, each loaded once: ajv's standalone code, which the API
 * serves from this site (GET /forms/<id>/validate.js) because the Content Security Policy lets
 * the page run no code it compiles itself. Null when it could not be loaded (the API's
 * `answerProblems` still tell, on saving).
 */
const checks = new Map<string, Promise<AnswersCheck | null>>();

function loadCheck(formId: string): Promise<AnswersCheck | null> {
  let check = checks.get(formId);
  if (!check) {
    const url = `/forms/${encodeURIComponent(formId)}/validate.js`;
    check = (import(/* @vite-ignore */ url) as Promise<{ validate: AnswersCheck }>).then(
      (module) => module.validate,
      () => {
        checks.delete(formId);
        return null;
      },
    );
    checks.set(formId, check);
  }
  return check;
}

/**
 * The problems of the answers as they are now, found in the browser as the API finds them
 * (`answerErrorsWith`, the same pointers and codes as `answerProblems`); null until the form's
 * check is loaded.
 */
export function useLiveProblems(
  formId: string,
  definition: FormDefinition,
  answers: Answers,
): FieldProblem[] | null {
  const [check, setCheck] = useState<AnswersCheck | null>(null);
  useEffect(() => {
    let current = true;
    void loadCheck(formId).then((loaded) => {
      if (current) setCheck(() => loaded);
    });
    return () => {
      current = false;
    };
  }, [formId]);
  return useMemo(
    () => (check ? answerErrorsWith(check, definition, answers) : null),
    [check, definition, answers],
  );
}
