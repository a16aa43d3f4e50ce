/**
 * Adds each row of `values` into the output row its segment id names: the arithmetic of
 * TensorFlow's `UnsortedSegmentSum`. Rows whose id falls outside [0, `segmentCount`) are
 * dropped, as TensorFlow.js's cpu backend drops them.
 * @param values - The input, `segmentIds.length` rows of `rowSize` values each.
 * @param segmentIds - One segment id per row.
 * @param rowSize - Values per row (the product of the input's trailing dimensions).
 * @param segmentCount - Rows of the output.
 * @param output - `segmentCount` rows of `rowSize` zeros, summed into in place.
 * @returns `output`.
 */
export function sumIntoSegments<TArray extends Float32Array | Int32Array>(
  values: TArray,
  segmentIds: ArrayLike<number>,
  rowSize: number,
  segmentCount: number,
  output: TArray,
): TArray {
  for (let row = 0; row < segmentIds.length; row++) {
    const segment = segmentIds[row]!
    if (segment < 0 || segment >= segmentCount) continue
    const from = row * rowSize
    const into = segment * rowSize
    for (let offset = 0; offset < rowSize; offset++) {
      output[into + offset]! += values[from + offset]!
    }
  }
  return output
}
