// `--import ./scripts/lib/server-entry.mjs` (tsx passes it to Node) for every Node entry point that
// runs server/ code outside Next: the Temporal worker, the seed, the benchmarks. Server modules
// start with `import "server-only"`, whose plain export throws so that a client bundle including
// one fails `next build`; here the process is the server, so it gets the empty module Next's
// server bundles get. Not `--conditions react-server` for the whole process: that also switches
// React to its Server Components build, and the worker renders React Email with react-dom/server.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
