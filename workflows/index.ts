// The workflow bundle's entry: every *.workflow.ts the worker runs.
export { campaignLifecycle } from "./campaign-lifecycle.workflow";
export { reconcileLifecycles } from "./reconcile-lifecycles.workflow";
