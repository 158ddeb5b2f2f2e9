/**
 * For a change that re-renders the element the user is working on (a move, a removal): returns
 * what to run once the change is saved, which focuses `target` after the next frame — unless focus
 * has gone somewhere else since the change was asked for. Typing in the next field while the answer
 * was on its way must not be pulled into this one.
 */
export function focusWhenSaved(target: () => HTMLElement | null | undefined): () => void {
  const asked = document.activeElement;
  return () =>
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (now === asked || now === null || now === document.body) target()?.focus();
    });
}
