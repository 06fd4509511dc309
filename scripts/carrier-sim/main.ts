import { z } from "zod";
import { startCarrierServer } from "./server";
import { CarrierSimulator } from "./simulator";

// `tsx scripts/carrier-sim/main.ts`: the local carrier that `npm run dev` and the test stack start.
const config = z
  .object({
    CARRIER_SIM_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
    TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-f]{32}$/),
    TWILIO_AUTH_TOKEN: z.string().min(16),
    CARRIER_SIM_SEED: z.coerce.number().int().min(0).default(1),
    CARRIER_SIM_TIME_SCALE: z.coerce.number().gt(0).max(1000).default(1),
  })
  .parse(process.env);

const sim = new CarrierSimulator({
  accountSid: config.TWILIO_ACCOUNT_SID,
  authToken: config.TWILIO_AUTH_TOKEN,
  seed: config.CARRIER_SIM_SEED,
  timeScale: config.CARRIER_SIM_TIME_SCALE,
});
await startCarrierServer(sim, {
  port: config.CARRIER_SIM_PORT,
  accountSid: config.TWILIO_ACCOUNT_SID,
  authToken: config.TWILIO_AUTH_TOKEN,
});
console.log(`carrier simulator on http://127.0.0.1:${config.CARRIER_SIM_PORT} (time scale ${sim.timeScale})`);
const stop = () => {
  sim.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
