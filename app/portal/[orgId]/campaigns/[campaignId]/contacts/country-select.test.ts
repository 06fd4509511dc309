import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

// The Do-not-call page hydrated with an error because Node and the browser name countries
// differently through Intl.DisplayNames. Render the select under two "engines" whose DisplayNames
// disagree: the HTML must be the same, because the names must not come from the runtime.
async function renderWith(displayName: (code: string) => string) {
  vi.resetModules();
  vi.stubGlobal(
    "Intl",
    Object.assign(Object.create(Intl) as typeof Intl, {
      DisplayNames: class {
        of(code: string) {
          return displayName(code);
        }
      },
    }),
  );
  const { CountrySelect } = await import("./country-select");
  return renderToString(createElement(CountrySelect, { id: "c", value: "US", onChange: () => undefined }));
}

describe("CountrySelect", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("renders the same options whatever the runtime's Intl.DisplayNames says", async () => {
    const node = await renderWith((code) => `Node name of ${code}`);
    const browser = await renderWith((code) => `Browser name of ${code}`);
    expect(browser).toBe(node);
    expect(node).toContain(">Germany<!-- --> (<!-- -->DE<!-- -->)</option>");
  });
});
