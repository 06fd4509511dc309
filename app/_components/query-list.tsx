"use client";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { errorMessage } from "../_lib/errors";
import { Alert } from "./ui/alert";
import { Skeleton } from "./ui/card";

/** Loading, error and empty states for a list query, so every list page shows them the same way. */
export function QueryList<T>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<T[], unknown>;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (query.error) return <Alert>{errorMessage(query.error)}</Alert>;
  if (!query.data) return <Skeleton />;
  return <>{query.data.length === 0 ? empty : children(query.data)}</>;
}
