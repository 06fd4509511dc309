import "server-only";
import { Client, Connection } from "@temporalio/client";
import { env } from "../env";

const globalTemporal = globalThis as unknown as { __callwrightTemporal?: Promise<Client> };

export function temporalClient(): Promise<Client> {
  globalTemporal.__callwrightTemporal ??= Connection.connect({ address: env().TEMPORAL_ADDRESS }).then(
    (connection) => new Client({ connection, namespace: env().TEMPORAL_NAMESPACE }),
  );
  // A failed connect must not be cached forever.
  globalTemporal.__callwrightTemporal.catch(() => (globalTemporal.__callwrightTemporal = undefined));
  return globalTemporal.__callwrightTemporal;
}
