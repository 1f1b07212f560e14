/**
 * fast-check arbitraries for training projects, built from the schema's shapes: valid projects of
 * any size, and mutations of them. Shared by the property-based tests.
 */
import fc from "fast-check";
import type { TrainingProject } from "../../src/schema/index.js";

/** Text a user might type, markup and typography included, never empty after trimming. */
export const userText = (maxLength = 60) =>
  fc
    .string({ unit: fc.constantFrom(..."abcdeéèàçôÉ «»;:!?&<>{}|*#'\"-_ 0123456789"), minLength: 1, maxLength })
    .map((s) => `T ${s}`.trim());

const duration = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((h) => `${h}h`),
  fc.integer({ min: 5, max: 59 }).map((m) => `${m} min`),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `PT${h + 1}H${m}M`),
);

const kinds = ["quiz", "forum", "etherpad", "virtual-classroom", "reading", "video", "questionnaire", "h5p"] as const;

/** A valid project: ids are made unique and references point at existing objectives. */
export const validProject: fc.Arbitrary<TrainingProject> = fc
  .record({
    title: userText(120),
    objectives: fc.array(userText(), { minLength: 1, maxLength: 4 }),
    units: fc.array(
      fc.record({
        title: userText(),
        activities: fc.array(
          fc.record({
            title: userText(),
            kind: fc.constantFrom(...kinds),
            duration,
            instructions: userText(200),
            tracked: fc.boolean(),
          }),
          { minLength: 0, maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ title, objectives, units }) => ({
    course: {
      title,
      objectives: objectives.map((label, i) => ({ id: `obj-${i + 1}`, label })),
    },
    units: units.map((unit, u) => ({
      id: `u${u + 1}`,
      title: unit.title,
      objectives: [`obj-${(u % objectives.length) + 1}`],
      activities: unit.activities.map((activity, a) => ({
        id: `u${u + 1}-a${a + 1}`,
        ...activity,
        objectives: [`obj-${(a % objectives.length) + 1}`],
      })),
    })),
  }));

/** Replaces the value at a random path of `data` with a random JSON value. */
export function mutate(data: unknown, pick: number[], replacement: unknown): unknown {
  const clone = structuredClone(data) as Record<string | number, unknown>;
  const containers: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        containers.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
        visit(value);
      }
    }
  };
  visit(clone);
  if (containers.length === 0) return replacement;
  const target = containers[(pick[0] ?? 0) % containers.length]!;
  target.parent[target.key] = replacement;
  return clone;
}

export const anyJson = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constantFrom("1h70", "2026-02-30", "pas-une-url", "PT", "obj-inconnu", "hybride"),
);

/** Run counts: modest and seeded in CI; FAST_CHECK_RUNS raises them. */
export const runs = (ci: number) => ({
  numRuns: Number(process.env.FAST_CHECK_RUNS ?? ci),
  seed: Number(process.env.FAST_CHECK_SEED ?? 20261129),
});
