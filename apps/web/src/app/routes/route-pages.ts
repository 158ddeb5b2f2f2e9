import type { FunctionComponent } from 'react';

type Preloadable = { preload?: () => Promise<void> | undefined };

/**
 * A route component that renders pages made with `lazyRouteComponent` (their code is left out of
 * the startup bundle). The router preloads a route's component beside its `beforeLoad` and
 * `loader`, so the pages' code downloads in parallel with the route's data and the route renders
 * once both are in, without a loading flash.
 */
export function rendersPages<C extends FunctionComponent>(component: C, ...pages: Preloadable[]): C & { preload: () => Promise<void> } {
  return Object.assign(component, {
    preload: async () => {
      await Promise.all(pages.map((page) => page.preload?.()));
    },
  });
}
