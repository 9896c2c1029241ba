import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /**
     * The live cytoscape instance, for browser tests and for poking around in the console.
     * Read-only: the property has a getter and no setter.
     */
    readonly koppelGraph?: Core;
  }
}

/** Publishes (or, with null, withdraws) the cytoscape instance as `window.koppelGraph`. */
export function exposeGraph(cy: Core | null): void {
  Object.defineProperty(window, 'koppelGraph', {
    configurable: true,
    enumerable: false,
    get: () => cy ?? undefined,
  });
}
