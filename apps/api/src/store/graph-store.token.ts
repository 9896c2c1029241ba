/** Injection token for the one GraphStore the API runs on. */
export const GRAPH_STORE = Symbol('GraphStore');
