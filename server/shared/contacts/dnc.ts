import { z } from "zod";
import { countryCodeSchema } from "./import-mapping";

// The do-not-call form and dnc.add input.

export const addDncSchema = z.object({
  phone: z.string().trim().min(3, "Enter a phone number").max(40, "That is too long for a phone number"),
  defaultCountry: countryCodeSchema,
});
