using ReleaseGates.Simulation.Data;

namespace ReleaseGates.Simulation.Gates;

/// <summary>Everything that defines one simulated gate except its seed: the evaluation set, the budgets, the canary.</summary>
internal sealed record GateSpec(EvalSetSpec EvalSet, IReadOnlyList<BudgetSpec> Budgets, ModelBehaviour Canary, StatisticsSpec Statistics);
