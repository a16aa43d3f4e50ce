/** Maps data values onto [0, 1] along one axis, with the ticks to label it. */
export interface PlotScale {
  readonly kind: 'linear' | 'log'
  /** Domain start (maps to 0). */
  readonly low: number
  /** Domain end (maps to 1). */
  readonly high: number
  /** Tick values inside the domain, ascending. */
  readonly ticks: number[]
  /** Position of a value, 0 at `low` and 1 at `high`. */
  readonly project: (value: number) => number
}

function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep))
  const fraction = roughStep / power
  if (fraction <= 1) return power
  if (fraction <= 2) return 2 * power
  return fraction <= 5 ? 5 * power : 10 * power
}

function linearScale(low: number, high: number, maxTicks: number): PlotScale {
  const step = niceStep((high - low) / Math.max(1, maxTicks - 1))
  const niceLow = Math.floor(low / step) * step
  const niceHigh = Math.ceil(high / step) * step
  const ticks: number[] = []
  for (let tick = niceLow; tick <= niceHigh + step / 2; tick += step) {
    // Rounded to the step's decimals so ticks print as 0.3, not 0.30000000000000004.
    ticks.push(Number(tick.toFixed(Math.max(0, -Math.floor(Math.log10(step))))))
  }
  return {
    kind: 'linear',
    low: niceLow,
    high: niceHigh,
    ticks,
    project: (value) => (value - niceLow) / (niceHigh - niceLow),
  }
}

function logScale(low: number, high: number, maxTicks: number): PlotScale {
  const logLow = Math.log10(low) - 0.05
  const logHigh = Math.log10(high) + 0.05
  const decades = Math.ceil(logHigh) - Math.floor(logLow)
  const mantissas = decades * 3 <= maxTicks ? [1, 2, 5] : decades * 2 <= maxTicks ? [1, 3] : [1]
  const ticks: number[] = []
  for (let exponent = Math.floor(logLow); exponent <= Math.ceil(logHigh); exponent += 1) {
    for (const mantissa of mantissas) {
      const tick = Number((mantissa * 10 ** exponent).toPrecision(1))
      const position = Math.log10(tick)
      if (position >= logLow && position <= logHigh) ticks.push(tick)
    }
  }
  return {
    kind: 'log',
    low: 10 ** logLow,
    high: 10 ** logHigh,
    ticks,
    project: (value) => (Math.log10(value) - logLow) / (logHigh - logLow),
  }
}

/**
 * Builds the scale of an axis from the values it shows: logarithmic when asked and every value
 * is positive, else linear with round ticks; a single value gets a small range around it.
 * @param values - The values to fit; non-finite ones are ignored.
 * @param options - Whether a log axis is allowed and how many ticks to aim for.
 * @returns The scale.
 */
export function createPlotScale(
  values: readonly number[],
  options: {readonly log: boolean; readonly maxTicks: number},
): PlotScale {
  const finite = values.filter((value) => Number.isFinite(value))
  let low = finite.length > 0 ? Math.min(...finite) : 0
  let high = finite.length > 0 ? Math.max(...finite) : 1
  if (options.log && low > 0) {
    if (high === low) [low, high] = [low / 2, high * 2]
    return logScale(low, high, options.maxTicks)
  }
  if (high === low) {
    const spread = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 0.5
    ;[low, high] = [low - spread, high + spread]
  }
  return linearScale(low, high, options.maxTicks)
}

function decimalsOf(step: number): number {
  let decimals = 0
  while (
    decimals < 12 &&
    Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9
  )
    decimals += 1
  return decimals
}

function ticksInside(low: number, high: number, step: number): number[] {
  const first = Math.ceil(low / step - 1e-9)
  const last = Math.floor(high / step + 1e-9)
  const decimals = decimalsOf(step)
  const ticks: number[] = []
  for (let index = first; index <= last; index += 1) {
    ticks.push(Number((index * step).toFixed(decimals)))
  }
  return ticks
}

function roundTicksInside(low: number, high: number, minTicks: number, maxTicks: number): number[] {
  const exponent = Math.floor(Math.log10(high - low))
  let fallback: number[] = []
  for (let power = exponent - 2; power <= exponent + 1; power += 1) {
    for (const mantissa of [1, 2, 2.5, 5]) {
      const ticks = ticksInside(low, high, mantissa * 10 ** power)
      if (ticks.length > maxTicks) continue
      if (ticks.length >= minTicks) return ticks
      // Fewer than asked for: keep the densest such set in case no step fits the bounds.
      if (ticks.length > fallback.length) fallback = ticks
    }
  }
  return fallback
}

/**
 * Builds a linear scale zoomed to the values: their range padded on both sides, clipped to
 * `limits` unless a value lies outside them, with round ticks inside (0.2, 0.4, 0.6, …).
 * Unlike `createPlotScale`, the domain isn't widened to the next round numbers, so the values
 * fill the axis.
 * @param values - The values to fit; non-finite ones are ignored.
 * @param options - Padding as a share of the range, the tick count to aim for, and limits the
 * padding doesn't cross (e.g. 0 and 1 for a performance).
 * @returns The scale.
 */
export function createZoomedScale(
  values: readonly number[],
  options: {
    readonly padding: number
    readonly minTicks: number
    readonly maxTicks: number
    readonly limits?: readonly [number, number]
  },
): PlotScale {
  const finite = values.filter((value) => Number.isFinite(value))
  let low = finite.length > 0 ? Math.min(...finite) : 0
  let high = finite.length > 0 ? Math.max(...finite) : 1
  const spread = high > low ? (high - low) * options.padding : Math.max(Math.abs(low) * 0.1, 0.05)
  const [lowest, highest] = options.limits ?? [-Infinity, Infinity]
  low = low >= lowest ? Math.max(lowest, low - spread) : low - spread
  high = high <= highest ? Math.min(highest, high + spread) : high + spread
  const ticks = roundTicksInside(low, high, options.minTicks, options.maxTicks)
  return {kind: 'linear', low, high, ticks, project: (value) => (value - low) / (high - low)}
}

/**
 * Tells whether a cost axis should be logarithmic: the positive costs span more than 10×.
 * @param costs - The costs shown.
 * @returns True for a log axis.
 */
export function wantsLogCostAxis(costs: readonly number[]): boolean {
  const finite = costs.filter((cost) => Number.isFinite(cost))
  if (finite.length === 0 || Math.min(...finite) <= 0) return false
  return Math.max(...finite) / Math.min(...finite) > 10
}

/**
 * Formats a tick value compactly: up to three significant digits, no trailing zeros.
 * @param value - The tick.
 * @returns E.g. `0.3`, `0.005`, `1.5`, `120`.
 */
export function formatTick(value: number): string {
  if (value === 0) return '0'
  if (Math.abs(value) >= 1e5 || Math.abs(value) < 1e-4) return value.toExponential(0)
  return String(Number(value.toPrecision(3)))
}
