// Commands the browser unit tests call in the Node process (see vitest.config.ts).
declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Base URL of the fixture site (e2e/fixtures, /status/<code>, /hang), with CORS. */
    fixtureSite: () => Promise<string>;
  }
}
export {};
