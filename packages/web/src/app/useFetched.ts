import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, isUnauthenticated } from '../api/client.ts';
import type { Problem } from '../api/types.ts';
import { LOGIN_PATH } from './protect.ts';

const UNEXPECTED: Problem = {
  type: 'about:blank',
  title: 'Fout',
  status: 0,
  detail: 'Er ging iets mis in de browser. Herlaad de pagina en probeer het opnieuw.',
  code: 'client',
};

/**
 * Data a panel loads itself, next to the screen's loader: loaded again whenever `load` changes (pass a
 * `useCallback` that depends on the record the screen revalidates), so a save anywhere on the page refreshes
 * it. A session that ended sends the user to the login page, like a loader would.
 */
export function useFetched<T>(load: () => Promise<T>): { readonly data: T | undefined; readonly problem: Problem | undefined } {
  const navigate = useNavigate();
  const [state, setState] = useState<{ data?: T; problem?: Problem }>({});
  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setState({ data });
      },
      (error: unknown) => {
        if (!live) return;
        if (isUnauthenticated(error)) void navigate(LOGIN_PATH);
        else setState({ problem: error instanceof ApiError ? error.problem : UNEXPECTED });
      },
    );
    return () => {
      live = false;
    };
  }, [load, navigate]);
  return { data: state.data, problem: state.problem };
}
