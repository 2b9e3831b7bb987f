import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, isUnauthenticated } from '../api/client.ts';
import type { Problem } from '../api/types.ts';
import { fieldErrorsOf, type FieldErrors } from '../components/FormErrors.tsx';
import { LOGIN_PATH } from './protect.ts';

/** The outcome of one API call made from a form. */
export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const UNEXPECTED: Problem = {
  type: 'about:blank',
  title: 'Fout',
  status: 0,
  detail: 'Er ging iets mis in de browser. Herlaad de pagina en probeer het opnieuw.',
  code: 'client',
};

/**
 * Runs API changes from a form: tracks `busy`, keeps the last problem (and its per-field errors) for
 * display, and sends the user to the login page when the session has ended.
 */
export function useApiAction() {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(call: () => Promise<T>): Promise<ActionResult<T>> => {
      setBusy(true);
      setProblem(undefined);
      try {
        return { ok: true, value: await call() };
      } catch (error) {
        if (isUnauthenticated(error)) {
          await navigate(LOGIN_PATH);
        } else {
          setProblem(error instanceof ApiError ? error.problem : UNEXPECTED);
        }
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [navigate],
  );

  const errors: FieldErrors = fieldErrorsOf(problem);
  return { run, problem, errors, busy };
}
