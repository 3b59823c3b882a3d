// The risk simulation's texts (English): grades, the fields of a risk, the
// register, the command line and the pane. Dutch: ../nl/risk.ts.

export const risk = {
  "risk.grade.A": "excellent",
  "risk.grade.B": "more than sufficient",
  "risk.grade.C": "sufficient",
  "risk.grade.D": "moderate",
  "risk.grade.E": "insufficient",
  "risk.grade.F": "clearly insufficient",

  "risk.field.probability": "Probability that the risk happens.",
  "risk.field.amount": "Amount if the risk happens.",
  "risk.field.minimum": "Lowest amount of the range.",
  "risk.field.most_likely": "Most likely amount of the range.",
  "risk.field.maximum": "Highest amount of the range.",
  "risk.field.mean": "Mean of the normal distribution before its bounds.",
  "risk.field.sd": "Standard deviation of the normal distribution.",
  "risk.field.certainty": "Certainty level of the capacity.",
  "risk.field.runs": "Number of simulation runs; 0 for automatic.",
  "risk.field.seed": "Seed of the random numbers.",
};
