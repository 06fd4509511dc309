export const TASK_QUEUE = "callwright";
/**
 * Contact imports (the contactImport workflow and its activity) have their own queue: an import
 * uses ~400 MB and both cores for a million rows, so an import worker runs one at a time.
 */
export const IMPORT_TASK_QUEUE = "callwright-imports";
