/**
 * Measures several targets in rounds: each round measures every target still short of its runs once, in
 * the given order. On a shared machine the load changes over minutes, so targets that are compared with
 * each other (our pages with the blank floor page) then sample the same stretch of it.
 */
export type RoundsOutcome<Result> = { results: Result[]; tries: number };

/**
 * `measure` answers undefined for a run that measured nothing usable; that run is made up in a later
 * round, up to `spareTries` extra tries per target. Pure scheduling, so it is unit-tested.
 */
export async function measureInRounds<Target extends { name: string }, Result>(
  targets: Target[],
  runs: number,
  measure: (target: Target, round: number) => Promise<Result | undefined>,
  spareTries = 2,
): Promise<Map<string, RoundsOutcome<Result>>> {
  const outcomes = new Map(targets.map((target) => [target.name, { results: [] as Result[], tries: 0 }]));
  for (let round = 1; ; round += 1) {
    const due = targets.filter((target) => {
      const { results, tries } = outcomes.get(target.name)!;
      return results.length < runs && tries < runs + spareTries;
    });
    if (!due.length) return outcomes;
    for (const target of due) {
      const outcome = outcomes.get(target.name)!;
      outcome.tries += 1;
      const result = await measure(target, round);
      if (result !== undefined) outcome.results.push(result);
    }
  }
}
