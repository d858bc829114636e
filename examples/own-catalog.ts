// A catalog of your own, built in code: the engine is not tied to the built-in domain.
import { compare, loadCatalog } from "policy-matrix";

// Each rating says what it rests on: here my own knowledge ("background"); "documented" and
// "inference" ratings cite the quotes they rest on.
const judged = (value: number, rationale: string) => ({ value, rationale, basis: "background" as const });

const catalog = loadCatalog({
  id: "commute",
  name: "How to get to work",
  version: "1",
  description: "A toy catalog: three ways to commute, judged on time and cost.",
  sources: [{ id: "me", title: "My notes", outlet: "notebook", date: "2026-11" }],
  criteria: [
    {
      id: "time",
      name: "Time",
      direction: "cost",
      description: "Minutes door to door",
      scale: { min: 0, max: 90 },
    },
    { id: "cost", name: "Cost", direction: "cost", description: "Dollars a day", scale: { min: 0, max: 30 } },
  ],
  preconditions: [
    {
      id: "weather",
      name: "Weather",
      description: "Is it raining?",
      states: [
        { id: "dry", label: "Dry" },
        { id: "rain", label: "Raining" },
      ],
      documented: [
        {
          source: "me",
          date: "2026-11",
          state: "dry",
          rationale: "Forecast",
          evidence: [{ source: "me", quote: "it will be dry all week" }],
        },
      ],
    },
  ],
  options: [
    {
      id: "bike",
      name: "Bike",
      description: "Cycle",
      ratings: { time: judged(35, "Measured"), cost: judged(0, "Free") },
      requirements: [
        {
          id: "dry",
          description: "It is dry",
          condition: { op: "in", precondition: "weather", states: ["dry"] },
          severity: "hard",
          rationale: "No rain gear",
        },
      ],
    },
    {
      id: "bus",
      name: "Bus",
      description: "Take the bus",
      ratings: { time: judged(50, "Timetable"), cost: judged(5, "Fare") },
    },
    {
      id: "car",
      name: "Car",
      description: "Drive",
      ratings: { time: judged(25, "Usual traffic"), cost: judged(18, "Fuel and parking") },
    },
  ],
});

for (const weather of ["dry", "rain"]) {
  const rows = compare(catalog, { preconditions: { weather } }).rows;
  console.log(
    `${weather}: ${rows.map((r) => `${r.rank}. ${r.option}${r.feasible ? "" : " (blocked)"}`).join("  ")}`,
  );
}
