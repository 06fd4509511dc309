import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.join(root, ".data");
export const toolsBin = path.join(root, ".tools", "bin");
