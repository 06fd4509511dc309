// Vitest runs outside Next, where "server-only" would throw; server code is still server code.
export {};
