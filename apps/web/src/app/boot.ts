import { createQueryClient } from '../lib/query-client';
import { startFirstScreen } from './first-screen';

/*
 * main.tsx imports this module first (keep it first): it evaluates before the router, the shell
 * and the locales, so the first screen's requests go out while that code is still evaluating
 * instead of after the router has started.
 */

type QueryErrorHandler = (error: unknown, queryKey?: readonly unknown[]) => void;

let onQueryError: QueryErrorHandler = () => undefined;

/** The app's query client. Failed queries and mutations go to the handler set with `handleQueryErrors`. */
export const queryClient = createQueryClient({ onError: (error, queryKey) => onQueryError(error, queryKey) });

export function handleQueryErrors(handler: QueryErrorHandler): void {
  onQueryError = handler;
}

startFirstScreen(queryClient, window.location.pathname);
