import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isUnauthenticated } from '../api/client.ts';

/** Where users go when they are not (or no longer) logged in. */
export const LOGIN_PATH = '/inloggen';

/**
 * Wraps a route loader so a missing or expired session (401) sends the user to the login page instead
 * of showing an error. Other API errors reach the route's error element.
 */
export function protect<T>(load: (args: LoaderFunctionArgs) => Promise<T>): (args: LoaderFunctionArgs) => Promise<T> {
  return async (args) => {
    try {
      return await load(args);
    } catch (error) {
      // A thrown redirect Response is how a react-router loader redirects without typing its data as Response.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (isUnauthenticated(error)) throw redirect(LOGIN_PATH);
      throw error;
    }
  };
}
