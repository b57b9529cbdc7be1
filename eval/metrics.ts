/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties count half). */
export function auc(scores: number[], positives: boolean[]): number {
  const order = scores.map((score, i) => ({ score, positive: positives[i] === true })).sort((a, b) => a.score - b.score);
  let positiveCount = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]!.score === order[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]!.positive) {
        positiveCount++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negativeCount = order.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return Number.NaN;
  return (rankSum - (positiveCount * (positiveCount + 1)) / 2) / (positiveCount * negativeCount);
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export function precisionRecall(truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Macro-averaged F1 over the classes present in the gold labels. */
export function macroF1<Label extends string>(gold: Label[], predicted: Label[]): number {
  const classes = [...new Set(gold)];
  const f1s = classes.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (g === label && p === label) tp++;
      else if (g !== label && p === label) fp++;
      else if (g === label && p !== label) fn++;
    });
    return precisionRecall(tp, fp, fn).f1;
  });
  return f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length;
}
