// A property that fails is shrunk to a minimal counterexample; on the heavier properties that can
// take long. Cap every property's run (shrinking included) so that a failure fails fast, with its
// seed printed, instead of stalling CI.
import fc from "fast-check";

fc.configureGlobal({ interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true });
