"use client";
import { useState } from "react";
import type { ScriptGraph } from "@/server/shared/scripts/script-graph";
import { ScriptRunner } from "../../../../../_components/script-runner";
import { Card } from "../../../../../_components/ui/card";
import { selectClass } from "../../../../../_components/ui/field";

// Made-up values for the standard fields when no list is imported yet. A Map, like the contact
// values themselves: a field key may be `constructor` or `__proto__`.
const DEMO_CONTACT = new Map<string, string>([
  ["phone", "+4930901820"],
  ["firstName", "Alex"],
  ["lastName", "Meyer"],
  ["email", "alex.meyer@example.com"],
  ["country", "DE"],
  ["region", "BE"],
  ["timeZone", "Europe/Berlin"],
]);

/** The script exactly as an agent will see it, with an editable sample contact. */
export function ScriptPreview({
  graph,
  fields,
  sampleContact,
  dispositions,
}: {
  graph: ScriptGraph | null;
  fields: readonly string[];
  /** The first contact as [field key, value] pairs. */
  sampleContact: [string, string][] | null;
  dispositions: readonly { code: string; label: string }[];
}) {
  const [contact, setContact] = useState<ReadonlyMap<string, string>>(
    () => new Map(sampleContact ?? fields.map((f) => [f, DEMO_CONTACT.get(f) ?? ""])),
  );
  const [editing, setEditing] = useState(false);

  return (
    <Card
      title="Preview"
      actions={
        <button
          type="button"
          className="text-sm font-medium text-indigo-700 hover:underline"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
        >
          {editing ? "Hide sample contact" : "Edit sample contact"}
        </button>
      }
    >
      <div className="space-y-4">
        <p className="text-xs text-zinc-500">
          {sampleContact
            ? "Using the first contact of the imported list."
            : "Using a made-up contact; import a list to preview with a real row."}{" "}
          Missing values show in red, as the agent would see them.
        </p>
        {editing && (
          <fieldset className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-3">
            <legend className="sr-only">Sample contact</legend>
            {fields.map((field) => (
              <label key={field} className="space-y-0.5 text-xs text-zinc-600">
                <span className="font-mono">{field}</span>
                <input
                  value={contact.get(field) ?? ""}
                  onChange={(e) => {
                    const value = e.target.value;
                    setContact((c) => new Map(c).set(field, value));
                  }}
                  className={`${selectClass} py-1`}
                />
              </label>
            ))}
          </fieldset>
        )}
        {graph ? (
          <ScriptRunner graph={graph} contact={contact} dispositions={dispositions} />
        ) : (
          <p className="text-sm text-red-700">Fix the script above to preview it.</p>
        )}
      </div>
    </Card>
  );
}
