import { z } from "zod";

export const setUserDisabledSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  disabled: z.boolean(),
});
