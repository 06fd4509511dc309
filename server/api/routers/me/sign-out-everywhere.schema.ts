import "server-only";
import { z } from "zod";

export const signOutEverywhereOutput = z.object({ ended: z.number().int().min(0) });
