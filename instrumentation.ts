// Next.js calls register() once when a server starts (`next start`, `next dev`), before it serves a
// request: the web server checks its whole environment here and stops with the list of problems.
// NEXT_RUNTIME is replaced at build time per runtime, so the edge bundle never loads server/env.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { validateEnvAtBoot } = await import("./server/env");
    validateEnvAtBoot("web server");
  }
}
