/** Vector arithmetic of the matcher: embeddings are compared as unit vectors by cosine similarity. */

/** A face embedding (any length; the default model gives 512 values). */
export type Embedding = Float32Array;

/** The vector scaled to unit length; a zero vector stays zero so it matches nothing. */
export function l2Normalize(vector: ArrayLike<number>): Embedding {
  let sumSquares = 0;
  for (let i = 0; i < vector.length; i += 1) sumSquares += (vector[i] as number) ** 2;
  const norm = Math.sqrt(sumSquares);
  const out = new Float32Array(vector.length);
  if (norm === 0) return out;
  for (let i = 0; i < vector.length; i += 1) out[i] = (vector[i] as number) / norm;
  return out;
}

/** Cosine similarity of two vectors, in [-1, 1]; 0 when either is a zero vector. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length)
    throw new RangeError(`Embedding lengths differ: ${a.length} vs ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** The normalised mean of several embeddings: one template from several views of a face. */
export function meanEmbedding(embeddings: readonly ArrayLike<number>[]): Embedding {
  const first = embeddings[0];
  if (!first) throw new RangeError('meanEmbedding needs at least one embedding');
  const sum = new Float64Array(first.length);
  for (const embedding of embeddings) {
    if (embedding.length !== first.length) throw new RangeError('Embedding lengths differ');
    for (let i = 0; i < sum.length; i += 1) sum[i] = (sum[i] as number) + (embedding[i] as number);
  }
  return l2Normalize(sum);
}
