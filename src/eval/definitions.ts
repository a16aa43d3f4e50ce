import type {MetricDefinitions} from './types.js'

/**
 * States what every figure of an evaluation report means.
 * @param confidenceLevel - Coverage of the intervals, e.g. 0.95.
 * @param bootstrapSamples - Resamples drawn; 0 when intervals are off.
 * @param seed - Seed of the resampling.
 * @returns One sentence or two per figure.
 */
export function describeMetrics(
  confidenceLevel: number,
  bootstrapSamples: number,
  seed: number,
): MetricDefinitions {
  const percent = `${Math.round(confidenceLevel * 100)}%`
  return {
    missingCells:
      'A pick of a missing cell (NaN performance) scores 0 and is counted in missingPicks; its ' +
      'recorded cost is charged. Baselines score missing cells the same way.',
    intervals:
      bootstrapSamples > 0
        ? `${percent} percentile bootstrap intervals of the mean over ${bootstrapSamples} ` +
          `resamples of the test queries (with replacement, mulberry32 seeded with ${seed}); ` +
          'every series uses the same resamples.'
        : 'Intervals are off (bootstrapSamples is 0).',
    oracle: 'Per query the model with the best performance, the cheapest on ties, then the first.',
    bestSingle:
      'The model with the best mean performance on the training split (first on ties), ' +
      'evaluated on the test split.',
    random: 'The expected value of picking a model uniformly at random for every query.',
    pareto:
      'Points of a curve that no other point of the same curve beats on both mean cost and ' +
      'mean performance (at least as good on both, better on one).',
    hull:
      'The upper-left convex hull of a curve: its Pareto points without those on or under the ' +
      'chord of their neighbours, joined by straight lines (reachable by randomising between ' +
      'two λ settings), flat after its best point, undefined below its cheapest point.',
    aiq:
      'Average improvement in quality (RouterBench): the area under the upper-left convex hull ' +
      'of (mean cost, mean performance) points of the router together with every single-model ' +
      'point, over the cost range [min single-model cost, max single-model cost], divided by ' +
      'that range; linear cost axis. When the range is empty, the hull value at that cost.',
    gainAtBestSingleCost:
      "Performance of the router's own hull at the best single model's mean cost minus the " +
      "best single model's performance; null when the router's cheapest point costs more.",
    costSavedAtBestSingleQuality:
      "1 − (cheapest cost at which the router's own hull reaches the best single model's " +
      "performance) / (the best single model's cost); null when the hull never reaches it.",
    zeroRouter:
      'The hull of the single-model points alone: what mixing models at random, without ' +
      'looking at the query, achieves. Its AIQ, gain and cost saved use the same definitions.',
    apgr:
      'Two models only (RouteLLM). Strong = higher training mean. PGR = (performance − weak) / ' +
      '(strong − weak) on test. The router points plus anchors (0, weak) and (1, strong) are ' +
      'sorted by the share of calls to the strong model (best performance kept at equal share) ' +
      'and joined linearly; APGR is the area under PGR over the share from 0 to 1. Null when ' +
      'the strong model is not better on test.',
    cpt:
      'Two models only (RouteLLM). CPT(x) is the smallest share of calls to the strong model at ' +
      'which the PGR curve defined for APGR reaches x, interpolated linearly; reported for 50% ' +
      'and 80%.',
  }
}
