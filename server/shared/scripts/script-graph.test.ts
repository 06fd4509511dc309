import { describe, expect, it } from "vitest";
import {
  availableContactFields,
  checkPlaceholders,
  contactValues,
  extractPlaceholders,
  nextStep,
  renderSegments,
  renderText,
  scriptGraphSchema,
  scriptIssues,
  starterGraph,
  validateGraph,
  type ScriptGraph,
  type ScriptGraphInput,
} from "./script-graph";

const graph = (input: ScriptGraphInput): ScriptGraph => scriptGraphSchema.parse(input);
const FIELDS = availableContactFields(["policyNo"]);
const context = { availableFields: FIELDS, dispositionCodes: ["SALE", "NO_SALE", "ESCALATED"] };
const errorsOf = (g: ScriptGraph, ctx = context) => scriptIssues(g, ctx).errors;
const warningsOf = (g: ScriptGraph, ctx = context) => scriptIssues(g, ctx).warnings;

/** Greeting → interested? yes → offer → SALE end; no → NO_SALE end; "talk to a manager" → escalate → end. */
const branching = () =>
  graph({
    startStepId: "greet",
    steps: [
      {
        id: "greet",
        title: "Greeting",
        kind: "say",
        text: "Hello {{contact.firstName}}, about policy {{contact.policyNo}}.",
      },
      {
        id: "interest",
        title: "Interested?",
        kind: "question",
        text: "Are you interested?",
        answerType: "SINGLE_CHOICE",
        options: [
          { label: "Yes", value: "yes" },
          { label: "No", value: "no", next: "bye-no" },
          { label: "Manager", value: "mgr", next: "escalate" },
        ],
      },
      { id: "offer", title: "Offer", kind: "say", text: "Great, here is the offer.", next: "bye-yes" },
      { id: "escalate", title: "Escalate", kind: "escalate", text: "Let me put you through.", next: "bye-esc" },
      { id: "bye-yes", title: "Sale", kind: "end", text: "Thanks!", dispositionCode: "SALE" },
      { id: "bye-no", title: "No sale", kind: "end", dispositionCode: "NO_SALE" },
      { id: "bye-esc", title: "Escalated", kind: "end", dispositionCode: "ESCALATED" },
    ],
  });

describe("script graph schema", () => {
  it("accepts the starter graph and a branching graph, storing empty targets as absent", () => {
    expect(scriptGraphSchema.safeParse(starterGraph()).success).toBe(true);
    const g = graph({
      startStepId: "a",
      steps: [
        { id: "a", title: "", kind: "say", text: "x", next: "" },
        { id: "b", title: "", kind: "end", dispositionCode: "SALE" },
      ],
    });
    expect(g.steps[0]).toMatchObject({ next: undefined });
    expect(errorsOf(branching())).toEqual([]);
    expect(warningsOf(branching())).toEqual([]);
  });

  it("rejects unknown kinds, answer types and empty scripts", () => {
    expect(scriptGraphSchema.safeParse({ startStepId: "a", steps: [] }).success).toBe(false);
    expect(
      scriptGraphSchema.safeParse({ startStepId: "a", steps: [{ id: "a", title: "", kind: "dance", text: "" }] })
        .success,
    ).toBe(false);
    expect(
      scriptGraphSchema.safeParse({
        startStepId: "a",
        steps: [{ id: "a", title: "", kind: "question", text: "?", answerType: "COLOR" }],
      }).success,
    ).toBe(false);
  });
});

describe("validateGraph", () => {
  it("reports duplicate ids and a missing start step", () => {
    const g = graph({
      startStepId: "nope",
      steps: [
        { id: "a", title: "", kind: "end", dispositionCode: "SALE" },
        { id: "a", title: "", kind: "end", dispositionCode: "SALE" },
      ],
    });
    const errors = errorsOf(g);
    expect(errors).toContain("Two steps share the id 'a'. Each step needs its own id.");
    expect(errors).toContain("The start step 'nope' does not exist.");
  });

  it("reports dangling next and branch targets with the step's name", () => {
    const g = branching();
    const offer = g.steps[2]!;
    if (offer.kind !== "say") throw new Error("fixture");
    offer.next = "gone";
    const interest = g.steps[1]!;
    if (interest.kind !== "question") throw new Error("fixture");
    interest.options[1]!.next = "also-gone";
    const errors = errorsOf(g);
    expect(errors).toContain(
      "Step 'Offer': the next step points to a step that no longer exists. Choose another step.",
    );
    expect(errors).toContain(
      "Step 'Interested?': option 'No' points to a step that no longer exists. Choose another step.",
    );
  });

  it("reports a path that runs off the end and a script with no End step", () => {
    const g = graph({ startStepId: "a", steps: [{ id: "a", title: "Hello", kind: "say", text: "Hi" }] });
    const errors = errorsOf(g);
    expect(errors).toContain(
      "Step 'Hello' is the last step but does not end the call. Add an End step after it, or choose where it goes next.",
    );
    expect(errors).toContain("The script has no End step. Every call must end with a disposition.");
    // The steps before the broken one are not also blamed for looping.
    expect(errors.some((e) => e.includes("loop"))).toBe(false);
  });

  it("does not require a default next for a required single choice whose every option branches", () => {
    const g = graph({
      startStepId: "q",
      steps: [
        { id: "end", title: "", kind: "end", dispositionCode: "SALE" },
        {
          id: "q",
          title: "Q",
          kind: "question",
          text: "?",
          answerType: "SINGLE_CHOICE",
          options: [
            { label: "A", value: "a", next: "end" },
            { label: "B", value: "b", next: "end" },
          ],
        },
      ],
    });
    expect(errorsOf(g)).toEqual([]);
  });

  it("allows a loop through a question with a way out, and rejects a loop without one", () => {
    const withExit = graph({
      startStepId: "menu",
      steps: [
        {
          id: "menu",
          title: "Menu",
          kind: "question",
          text: "Anything else?",
          answerType: "SINGLE_CHOICE",
          options: [
            { label: "Yes", value: "y", next: "info" },
            { label: "No", value: "n", next: "bye" },
          ],
        },
        { id: "info", title: "Info", kind: "say", text: "Here you go.", next: "menu" },
        { id: "bye", title: "Bye", kind: "end", dispositionCode: "SALE" },
      ],
    });
    expect(errorsOf(withExit)).toEqual([]);

    const trapped = graph({
      startStepId: "a",
      steps: [
        { id: "a", title: "A", kind: "say", text: "one", next: "b" },
        { id: "b", title: "B", kind: "say", text: "two", next: "a" },
        { id: "bye", title: "Bye", kind: "end", dispositionCode: "SALE" },
      ],
    });
    const errors = errorsOf(trapped);
    expect(errors).toContain(
      "Step 'A' can never reach an End step: the call goes round in a loop. Add an answer that leads out of the loop, or an End step.",
    );
    expect(errors.filter((e) => e.includes("loop"))).toHaveLength(2);
    expect(warningsOf(trapped)).toContain("Step 'Bye' can never be reached from the start.");
  });

  it("checks options, number bounds, empty texts and multi-choice branches", () => {
    const g = graph({
      startStepId: "q1",
      steps: [
        {
          id: "q1",
          title: "Pick",
          kind: "question",
          text: "",
          answerType: "SINGLE_CHOICE",
          options: [{ label: "Only", value: "x" }],
        },
        {
          id: "q2",
          title: "Many",
          kind: "question",
          text: "Which?",
          answerType: "MULTI_CHOICE",
          options: [
            { label: "A", value: "a", next: "end" },
            { label: "", value: "a" },
          ],
        },
        { id: "q3", title: "Count", kind: "question", text: "How many?", answerType: "NUMBER", min: 10, max: 1 },
        { id: "end", title: "", kind: "end", dispositionCode: "" },
      ],
    });
    expect(errorsOf(g)).toEqual(
      expect.arrayContaining([
        "Step 'Pick' has no text.",
        "Step 'Pick' needs at least two options to choose from.",
        "Step 'Many': options of a multiple-choice question cannot branch. Use a single-choice question to branch.",
        "Step 'Many': option 2 has no label.",
        "Step 'Many': two options share the value 'a'.",
        "Step 'Count': the minimum (10) is greater than the maximum (1).",
        "Step 4 needs a disposition, so the call outcome is recorded.",
      ]),
    );
  });

  it("checks disposition codes against the campaign, and warns when none are configured", () => {
    const g = graph({
      startStepId: "e",
      steps: [{ id: "e", title: "Done", kind: "end", dispositionCode: "WHATEVER" }],
    });
    expect(errorsOf(g)).toEqual([
      "Step 'Done' uses the disposition 'WHATEVER', which is not one of the campaign's dispositions.",
    ]);
    const none = scriptIssues(g, { ...context, dispositionCodes: null });
    expect(none.errors).toEqual([]);
    expect(none.warnings[0]).toMatch(/no dispositions configured/);
  });

  it("ties issues to their step for inline display", () => {
    const g = branching();
    g.steps[0] = { ...g.steps[0]!, text: "Hi {{contact.shoeSize}}" };
    expect(validateGraph(g, context)).toContainEqual({
      severity: "error",
      stepId: "greet",
      message: "Step 'Greeting' uses {{contact.shoeSize}}, but the contact list has no column 'shoeSize'.",
    });
  });
});

describe("placeholders", () => {
  it("extracts each field once per step, from texts and option labels", () => {
    const g = graph({
      startStepId: "a",
      steps: [
        { id: "a", title: "", kind: "say", text: "{{contact.firstName}} {{ contact.firstName }} {{contact.lastName}}" },
        {
          id: "b",
          title: "",
          kind: "question",
          text: "Still at {{contact.email}}?",
          answerType: "SINGLE_CHOICE",
          options: [
            { label: "Yes, {{contact.email}}", value: "y" },
            { label: "Policy {{contact.policyNo}}", value: "n" },
          ],
        },
        { id: "c", title: "", kind: "end", text: "Bye {{contact.firstName}}", dispositionCode: "SALE" },
      ],
    });
    expect(extractPlaceholders(g)).toEqual([
      { stepId: "a", field: "firstName" },
      { stepId: "a", field: "lastName" },
      { stepId: "b", field: "email" },
      { stepId: "b", field: "policyNo" },
      { stepId: "c", field: "firstName" },
    ]);
  });

  it("names the step and the missing column, and suggests a near miss", () => {
    const g = graph({
      startStepId: "a",
      steps: [
        {
          id: "a",
          title: "Greeting",
          kind: "say",
          text: "Policy {{contact.PolicyNo}} for {{contact.firstName}}, {{contact.policyNo}}",
        },
      ],
    });
    expect(checkPlaceholders(g, ["firstName"])).toEqual([
      {
        stepId: "a",
        field: "PolicyNo",
        message: "Step 'Greeting' uses {{contact.PolicyNo}}, but the contact list has no column 'PolicyNo'.",
      },
      {
        stepId: "a",
        field: "policyNo",
        message: "Step 'Greeting' uses {{contact.policyNo}}, but the contact list has no column 'policyNo'.",
      },
    ]);
    expect(checkPlaceholders(g, FIELDS).map((m) => m.message)).toEqual([
      "Step 'Greeting' uses {{contact.PolicyNo}}, but the contact list has no column 'PolicyNo'. Did you mean {{contact.policyNo}}?",
    ]);
    expect(checkPlaceholders(g, [...FIELDS, "PolicyNo"])).toEqual([]);
  });

  it("flags braces that are not a contact placeholder", () => {
    const g = graph({
      startStepId: "a",
      steps: [
        { id: "a", title: "Hi", kind: "say", text: "Hello {{firstName}}" },
        { id: "b", title: "", kind: "end", dispositionCode: "SALE" },
      ],
    });
    expect(errorsOf(g)).toEqual([
      "Step 'Hi' contains {{firstName}}, which is not a placeholder. Write {{contact.fieldName}}, for example {{contact.firstName}}.",
    ]);
  });
});

const values = (entries: Record<string, string | number | null>) => new Map(Object.entries(entries));

describe("renderText", () => {
  it("fills values and shows missing or blank ones visibly", () => {
    expect(
      renderText(
        "Hi {{contact.firstName}} {{ contact.lastName }}!",
        values({ firstName: "Ada", lastName: "Lovelace" }),
      ),
    ).toBe("Hi Ada Lovelace!");
    expect(
      renderText("Hi {{contact.firstName}}, policy {{contact.policyNo}}", values({ firstName: "  ", policyNo: null })),
    ).toBe("Hi [missing: firstName], policy [missing: policyNo]");
    expect(renderText("Count {{contact.n}}", values({ n: 0 }))).toBe("Count 0");
  });

  it("never resolves inherited properties and leaves markup as plain text", () => {
    expect(renderText("{{contact.constructor}} {{contact.__proto__}}", new Map())).toBe(
      "[missing: constructor] [missing: __proto__]",
    );
    expect(renderText("<b>{{contact.firstName}}</b>", values({ firstName: "<script>x</script>" }))).toBe(
      "<b><script>x</script></b>",
    );
    expect(renderSegments("A {{contact.x}} B", values({ x: "1" }))).toEqual([
      { kind: "text", text: "A " },
      { kind: "value", field: "x", text: "1" },
      { kind: "text", text: " B" },
    ]);
  });

  it("flattens a contact row, standard fields winning over custom ones", () => {
    expect([
      ...contactValues({
        phoneE164: "+4930123",
        phoneExtension: "204",
        firstName: "Ada",
        lastName: null,
        fields: [
          ["policyNo", "P-1"],
          ["phone", "spoof"],
        ],
      }),
    ]).toEqual([
      ["policyNo", "P-1"],
      ["phone", "+4930123"],
      ["phoneExtension", "204"],
      ["firstName", "Ada"],
    ]);
  });

  it("keeps custom fields named like object properties: constructor, prototype, __proto__, toString", () => {
    const keys = ["constructor", "prototype", "__proto__", "toString", "hasOwnProperty", "valueOf"];
    const contact = contactValues({ phoneE164: "+4930123", fields: keys.map((k) => [k, `v-${k}`]) });
    for (const key of keys) expect(contact.get(key)).toBe(`v-${key}`);
    expect(renderText(keys.map((k) => `{{contact.${k}}}`).join(" "), contact)).toBe(
      keys.map((k) => `v-${k}`).join(" "),
    );
    // The old object shape is not read as fields (the migration converted every row).
    expect([...contactValues({ phoneE164: "+4930123", fields: { constructor: "x" } })]).toEqual([
      ["phone", "+4930123"],
    ]);
  });
});

describe("nextStep", () => {
  const g = branching();

  it("follows the list order, explicit next, and option branches", () => {
    expect(nextStep(g, "greet")).toEqual({ kind: "next", stepId: "interest" });
    expect(nextStep(g, "interest", "yes")).toEqual({ kind: "next", stepId: "offer" });
    expect(nextStep(g, "interest", "no")).toEqual({ kind: "next", stepId: "bye-no" });
    expect(nextStep(g, "interest", "mgr")).toEqual({ kind: "next", stepId: "escalate" });
    expect(nextStep(g, "offer")).toEqual({ kind: "next", stepId: "bye-yes" });
    expect(nextStep(g, "escalate")).toEqual({ kind: "next", stepId: "bye-esc" });
    expect(nextStep(g, "bye-yes")).toEqual({ kind: "end", dispositionCode: "SALE" });
  });

  it("refuses missing or unknown answers and unknown steps", () => {
    expect(nextStep(g, "interest", null)).toEqual({ kind: "invalid", message: "Choose an answer." });
    expect(nextStep(g, "interest", "maybe")).toEqual({ kind: "invalid", message: "Choose one of the listed answers." });
    expect(nextStep(g, "interest", ["yes", "no"])).toEqual({ kind: "invalid", message: "Choose one answer." });
    expect(nextStep(g, "nope")).toMatchObject({ kind: "invalid" });
  });

  it("validates number, date and optional answers", () => {
    const q = graph({
      startStepId: "n",
      steps: [
        { id: "n", title: "", kind: "question", text: "Age?", answerType: "NUMBER", min: 18, max: 99 },
        { id: "d", title: "", kind: "question", text: "When?", answerType: "DATE", required: false },
        {
          id: "m",
          title: "",
          kind: "question",
          text: "Which?",
          answerType: "MULTI_CHOICE",
          options: [
            { label: "A", value: "a" },
            { label: "B", value: "b" },
          ],
        },
        { id: "e", title: "", kind: "end", dispositionCode: "SALE" },
      ],
    });
    expect(nextStep(q, "n", "17")).toEqual({ kind: "invalid", message: "Enter a number of at least 18." });
    expect(nextStep(q, "n", "1e3")).toEqual({ kind: "invalid", message: "Enter a number." });
    expect(nextStep(q, "n", "42")).toEqual({ kind: "next", stepId: "d" });
    expect(nextStep(q, "d", "2026-02-30")).toEqual({ kind: "invalid", message: "Enter a date as YYYY-MM-DD." });
    expect(nextStep(q, "d", "2026-02-28")).toEqual({ kind: "next", stepId: "m" });
    expect(nextStep(q, "d", "")).toEqual({ kind: "next", stepId: "m" });
    expect(nextStep(q, "m", ["a", "b"])).toEqual({ kind: "next", stepId: "e" });
  });

  it("reports a step that leads nowhere instead of guessing", () => {
    const broken = graph({ startStepId: "a", steps: [{ id: "a", title: "Only", kind: "say", text: "x" }] });
    expect(nextStep(broken, "a")).toEqual({
      kind: "invalid",
      message: "Step 'Only' does not lead anywhere; the script needs an End step.",
    });
  });
});
