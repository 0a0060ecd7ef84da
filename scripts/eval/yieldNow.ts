// Lets the event loop run between pieces of a long evaluation: a test runner's worker must answer
// its messages, and on a busy machine one minute of unbroken work makes it give up.
export const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
