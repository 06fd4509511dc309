export const TASK_QUEUE = "callwright";
