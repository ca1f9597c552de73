using System.Globalization;
using System.Text;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Reporting;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// Scenario 6: does following <c>samples_needed</c> settle an inconclusive result? For each inconclusive result of
/// scenarios 1–4, a fresh gate of the same shape and the same true effect is simulated in which that slice (a tenant
/// slice: only that tenant; overall or another dimension: every tenant, scaled) holds <c>samples_needed</c> paired
/// utterances, and the same budget on the same slice is looked up. Settled = pass or regressed. Issue 9: following the
/// advice must settle it "more often than not" (&gt; 50 %).
/// </summary>
internal sealed class FollowThroughScenario
{
    public const string Name = "6. samples_needed";

    private readonly SimulationOptions _options;

    public FollowThroughScenario(SimulationOptions options)
    {
        _options = options;
    }

    public ScenarioReport Run(BatchRunner runner, IReadOnlyList<FollowUpCandidate> inconclusive)
    {
        var details = new StringBuilder();
        var withAdvice = inconclusive.Where(c => c.Result.SamplesNeeded is not null).ToList();
        details.Append(string.Create(CultureInfo.InvariantCulture,
            $"Scenarios 1–4 gave {inconclusive.Count:#,0} inconclusive results; {withAdvice.Count:#,0} of them carry `samples_needed`.\n\n"));
        if (withAdvice.Count == 0)
        {
            details.Append(inconclusive.Count == 0
                ? "Nothing to follow: no inconclusive result was seen.\n"
                : "**Skipped:** this engine does not emit `samples_needed` (contract §7), so there is no advice to follow.\n");
            var skipped = new Figure(Name, "settled after following samples_needed", 0, 0, Target.MoreThan(0.5), inconclusive.Count == 0 ? "no inconclusive result" : "engine emits no samples_needed");
            return new ScenarioReport("6. Following samples_needed", new[] { skipped }, details.ToString(), Array.Empty<FollowUpCandidate>());
        }

        // Too small to be advice (the contract: larger than the slice's current count) or too big to simulate: counted, not run.
        var notLarger = withAdvice.Where(c => c.Result.SamplesNeeded <= CurrentCount(c)).ToList();
        var tooLarge = withAdvice.Where(c => c.Result.SamplesNeeded > CurrentCount(c) && TotalUtterances(c) > _options.MaxFollowUpUtterances).ToList();
        var followable = withAdvice.Except(notLarger).Except(tooLarge).ToList();
        var followed = Spread(followable, _options.FollowUps);

        var runs = runner.Run(new GateBatch("followup", followed.Count, i => FollowUpSpec(followed[i])));
        var outcomes = followed.Zip(runs, (candidate, run) => (Candidate: candidate, Result: run.Outcome.Results
            .FirstOrDefault(x => x.Budget == candidate.Result.Budget && x.Slice == candidate.Result.Slice))).ToList();
        var settled = outcomes.Count(o => o.Result?.Status is "pass" or "regressed");
        var right = outcomes.Count(o => o.Result?.Status == TrueVerdict.For(o.Candidate));
        var figures = new List<Figure>
        {
            new(Name, "settled (pass or regressed) after following samples_needed", settled, outcomes.Count, Target.MoreThan(0.5)),
            new(Name, "settled the right way (the planted truth: regressed beyond the allowance, else pass)", right, outcomes.Count),
        };

        details.Append(string.Create(CultureInfo.InvariantCulture,
            $"{notLarger.Count} advised no more utterances than the slice already had (a contract violation); {tooLarge.Count} needed more than {_options.MaxFollowUpUtterances:#,0} utterances in all and were not simulated; {followed.Count} of the remaining {followable.Count} were followed.\n\n"));
        details.Append(FigureTable.Markdown(figures)).Append('\n');
        details.Append("| source | followed | truth | pass | regressed | still inconclusive | other | median samples_needed / current |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var group in outcomes.GroupBy(o => (o.Candidate.Scenario, Truth: TrueVerdict.For(o.Candidate))).OrderBy(g => g.Key.Scenario, StringComparer.Ordinal).ThenBy(g => g.Key.Truth, StringComparer.Ordinal))
        {
            var ratios = group.Select(o => (double)o.Candidate.Result.SamplesNeeded!.Value / CurrentCount(o.Candidate)).Order().ToList();
            details.Append(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key.Scenario} | {group.Count()} | {group.Key.Truth} | {group.Count(o => o.Result?.Status == "pass")} | {group.Count(o => o.Result?.Status == "regressed")} "
                + $"| {group.Count(o => o.Result?.Status == "inconclusive")} | {group.Count(o => o.Result?.Status is not ("pass" or "regressed" or "inconclusive"))} | {ratios[ratios.Count / 2]:0.0}× |\n"));
        }

        return new ScenarioReport("6. Following samples_needed", figures, details.ToString(), Array.Empty<FollowUpCandidate>());
    }

    /// <summary>The spec of the follow-up gate: the same gate, with the result's slice grown to samples_needed utterances.</summary>
    private static GateSpec FollowUpSpec(FollowUpCandidate candidate)
    {
        var spec = candidate.Run.Spec;
        var needed = (int)candidate.Result.SamplesNeeded!.Value;
        var slice = candidate.Result.Slice;
        var evalSet = slice is not null && spec.EvalSet.Tenants.Any(t => t.Slice == slice)
            ? spec.EvalSet.WithTenantSize(slice, needed)
            : spec.EvalSet.Scaled((double)needed / CurrentCount(candidate));
        return spec with { EvalSet = evalSet };
    }

    private static int CurrentCount(FollowUpCandidate candidate) =>
        candidate.Run.SliceCounts.GetValueOrDefault(candidate.Result.Slice ?? WrittenGate.Overall, 1);

    private static long TotalUtterances(FollowUpCandidate candidate)
    {
        var needed = candidate.Result.SamplesNeeded!.Value;
        var total = candidate.Run.SliceCounts[WrittenGate.Overall];
        var slice = candidate.Result.Slice;
        return slice is not null && candidate.Run.Spec.EvalSet.Tenants.Any(t => t.Slice == slice)
            ? total - CurrentCount(candidate) + needed
            : (long)Math.Ceiling((double)total * needed / CurrentCount(candidate));
    }

    /// <summary>At most <paramref name="limit"/> candidates, spread evenly over the list so every source scenario is represented.</summary>
    private static List<FollowUpCandidate> Spread(List<FollowUpCandidate> candidates, int limit)
    {
        if (candidates.Count <= limit)
        {
            return candidates;
        }

        return Enumerable.Range(0, limit).Select(i => candidates[(int)((long)i * candidates.Count / limit)]).ToList();
    }
}
