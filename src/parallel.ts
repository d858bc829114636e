// policy-matrix/parallel: SMAA on worker threads (Node only).
export { smaaParallel, smaaParallelEither, type ParallelControl } from "./uncertainty/parallel";
