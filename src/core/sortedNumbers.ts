// Binary search over an ascending list of offsets: the offset converters, the CRLF fold of the
// brat reader and the occurrence index each ask "how many lie before this one".

/** Number of entries of the ascending `values` that are < `limit` (so also the index of the first ≥ `limit`). */
export function countBelow(values: ArrayLike<number>, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
