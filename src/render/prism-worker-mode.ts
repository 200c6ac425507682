// Prism, loaded in a worker with no setting, takes over the worker's messages
// as its own protocol. It reads this setting from the global it is about to fill.
(globalThis as { Prism?: { disableWorkerMessageHandler: boolean } }).Prism = { disableWorkerMessageHandler: true };
