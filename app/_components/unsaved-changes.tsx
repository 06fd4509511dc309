"use client";
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from "react";

export const LEAVE_WITH_UNSAVED_CHANGES = "You have unsaved changes. Leave this page and lose them?";

interface Registry {
  setDirty: (key: string, dirty: boolean) => void;
}

const UnsavedChangesContext = createContext<Registry | null>(null);

/** Whether a click on `link` would take the browser to another page of this app. */
function leavesPage(link: HTMLAnchorElement): boolean {
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return false;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return false; // a full page load: beforeunload asks
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

/**
 * One guard for every form that keeps unsaved edits: while any registered form is dirty, a reload,
 * a closed tab or a link to another site gets the browser's "Leave site?" prompt (beforeunload), and
 * a link inside the app (Next's <Link>, which navigates without unloading and which the App Router
 * offers no event for) asks first; "Cancel" keeps the user and the edits where they are.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirtyKeys, setDirtyKeys] = useState<ReadonlySet<string>>(() => new Set());
  const setDirty = useCallback(
    (key: string, dirty: boolean) =>
      setDirtyKeys((keys) => {
        if (keys.has(key) === dirty) return keys;
        const next = new Set(keys);
        if (dirty) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const anyDirty = dirtyKeys.size > 0;

  useEffect(() => {
    if (!anyDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    // Capture phase on window: runs before <Link>'s own click handler, which then sees defaultPrevented.
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || !leavesPage(link)) return;
      if (window.confirm(LEAVE_WITH_UNSAVED_CHANGES)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [anyDirty]);

  const registry = useMemo(() => ({ setDirty }), [setDirty]);
  return <UnsavedChangesContext.Provider value={registry}>{children}</UnsavedChangesContext.Provider>;
}

/** Registers a form's unsaved edits (react-hook-form's `formState.isDirty`) with the guard. */
export function useUnsavedChanges(dirty: boolean) {
  const registry = useContext(UnsavedChangesContext);
  if (!registry) throw new Error("useUnsavedChanges needs <UnsavedChangesProvider> (app/providers.tsx)");
  const key = useId();
  const { setDirty } = registry;
  useEffect(() => {
    setDirty(key, dirty);
    return () => setDirty(key, false);
  }, [setDirty, key, dirty]);
}
