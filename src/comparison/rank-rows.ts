import { rankScores } from "../methods/ranking";

/** Ranks and ties of scored options; with `feasibleFirst`, feasible options all rank before the rest. */
export const rankOptions = (
  scores: readonly number[],
  feasible: readonly boolean[],
  feasibleFirst: boolean,
) => {
  const ranks = new Array<number>(scores.length).fill(0);
  const tiedWith: number[][] = scores.map(() => []);
  const order: number[] = [];
  const groups = feasibleFirst ? [true, false] : [undefined];
  for (const group of groups) {
    const members = scores.map((_, i) => i).filter((i) => group === undefined || feasible[i] === group);
    const ranking = rankScores(members.map((i) => scores[i]!));
    const offset = order.length;
    ranking.order.forEach((k) => order.push(members[k]!));
    members.forEach((i, k) => (ranks[i] = ranking.ranks[k]! + offset));
    for (const tie of ranking.ties) {
      const ids = tie.map((x) => members[x]!);
      for (const k of tie) tiedWith[members[k]!] = ids.filter((x) => x !== members[k]);
    }
  }
  return { ranks, tiedWith, order };
};
