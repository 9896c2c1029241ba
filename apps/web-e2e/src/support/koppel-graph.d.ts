import type { Core } from 'cytoscape';

// What the web app publishes for tests: its cytoscape instance, read-only.
declare global {
  interface Window {
    readonly koppelGraph?: Core;
  }
}
