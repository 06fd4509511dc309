import { z } from "zod";

// The operator console's disable/enable form and operator.setUserDisabled input.
export const setUserDisabledSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  disabled: z.boolean(),
});
