/** One pairwise classifier of the one-vs-one scheme: positive means `first` wins. */
export type ClassPair = readonly [first: number, second: number]

/**
 * Every pair of the classes seen in training, the earlier class first, in the order
 * scikit-learn's SVC keeps its pairwise classifiers.
 * @param classes - The classes, in candidate order.
 * @returns The pairs.
 */
export function classPairs(classes: readonly number[]): ClassPair[] {
  const pairs: ClassPair[] = []
  classes.forEach((first, index) => {
    for (const second of classes.slice(index + 1)) pairs.push([first, second])
  })
  return pairs
}

/**
 * Counts the one-vs-one votes of one query: each pairwise classifier votes for its first class
 * when its decision value is positive, else for its second (libsvm's rule).
 * @param values - Decision values, row-major, one per pair.
 * @param row - The query's row.
 * @param pairs - The pairs, in the order of the values.
 * @param modelCount - Candidates.
 * @returns Votes per candidate.
 */
export function countVotes(
  values: Float64Array,
  row: number,
  pairs: readonly ClassPair[],
  modelCount: number,
): Int32Array {
  const votes = new Int32Array(modelCount)
  const offset = row * pairs.length
  pairs.forEach(([first, second], index) => {
    const winner = values[offset + index]! > 0 ? first : second
    votes[winner]! += 1
  })
  return votes
}

/**
 * The candidate with the most votes, the first in candidate order on ties.
 * @param votes - Votes per candidate.
 * @returns Its index.
 */
export function mostVoted(votes: Int32Array): number {
  let best = 0
  for (let model = 1; model < votes.length; model++) {
    if (votes[model]! > votes[best]!) best = model
  }
  return best
}
