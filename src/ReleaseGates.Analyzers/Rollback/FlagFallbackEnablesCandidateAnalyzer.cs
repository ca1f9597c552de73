using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// RG2003: a flag that switches a model is read with a fallback default that selects the candidate. When the flag
/// service is down (the incident in which a rollback matters most) the read returns its default, so the candidate
/// stays on and cannot be switched off. Reported at the default argument:
/// <list type="bullet">
/// <item>an on/off flag read with default <c>true</c> that decides a path selecting a model (not the gates.json baseline);</item>
/// <item>a variant read whose default is gates.json <c>release.candidate</c>, or leads to the path that selects it;</item>
/// <item>without a candidate in gates.json, a variant read whose default is the one value the code switches the model on
/// (<c>if (variant == "asr-v7")</c>, <c>case "asr-v7":</c>).</item>
/// </list>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FlagFallbackEnablesCandidateAnalyzer : RuleAnalyzer
{
    /// <summary>Diagnostic property: the fallback the code fix writes instead ("false", or the baseline's id); absent when unknown.</summary>
    public const string BaselineProperty = "Baseline";

    /// <summary>Diagnostic property: "Boolean" (the fix writes <c>false</c>) or "Variant" (the fix writes the baseline's id as a string).</summary>
    public const string KindProperty = "Kind";

    public FlagFallbackEnablesCandidateAnalyzer()
        : base(DiagnosticDescriptors.FlagFallbackEnablesCandidate)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var release = GatesFile.Read(start.Options, start.CancellationToken)?.Release ?? ReleaseInfo.Empty;
        ModelSwitchAnalysis.Register(start, (block, _, switches) => Report(block, switches, release));
    }

    private static void Report(OperationBlockAnalysisContext context, IReadOnlyList<ModelSwitch> switches, ReleaseInfo release)
    {
        foreach (var read in ReadsWithDefaults(switches))
        {
            var fallback = read.Key.ConstantValue;
            var finding = fallback switch
            {
                { HasValue: true, Value: true } when read.Value[0].Path.Guard.Flag.Kind == FlagValueKind.Boolean => OnByDefault(read.Value, release),
                { HasValue: true, Value: string text } when read.Value[0].Path.Guard.Flag.Kind == FlagValueKind.Variant => CandidateByDefault(text, read.Value, release),
                _ => null,
            };
            if (finding is null)
            {
                continue;
            }

            var flag = read.Value[0].Path.Guard.Flag;
            var name = (flag.FlagName is null ? "The flag" : $"Flag \"{flag.FlagName}\"") + $" ({flag.Api})";
            var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, flag.Kind.ToString());
            if (finding.Baseline is not null)
            {
                properties = properties.Add(BaselineProperty, finding.Baseline);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FlagFallbackEnablesCandidate,
                read.Key.Syntax.GetLocation(),
                properties,
                name,
                read.Key.Syntax.ToString(),
                finding.Selects,
                finding.Fix));
        }
    }

    /// <summary>Each flag read with a written default, with the model paths it decides (in the order they were found).</summary>
    private static Dictionary<IOperation, List<PathAndSwitch>> ReadsWithDefaults(IReadOnlyList<ModelSwitch> switches)
    {
        var reads = new Dictionary<IOperation, List<PathAndSwitch>>();
        foreach (var modelSwitch in switches)
        {
            foreach (var path in modelSwitch.Paths)
            {
                if (path.Guard.Flag.FallbackDefault is not { } fallback)
                {
                    continue;
                }

                if (!reads.TryGetValue(fallback, out var paths))
                {
                    paths = new List<PathAndSwitch>();
                    reads.Add(fallback, paths);
                }

                paths.Add(new PathAndSwitch(path, modelSwitch));
            }
        }

        return reads;
    }

    private static Finding? OnByDefault(List<PathAndSwitch> paths, ReleaseInfo release)
    {
        foreach (var entry in paths)
        {
            var path = entry.Path;
            if (path.Guard.Condition.RunsWhenFlagIs(true) == true && (path.Model is null || path.Model != release.Baseline))
            {
                var model = path.Model is null ? "the model" : "\"" + path.Model + "\"";
                return new Finding(
                    $"{model} at {entry.Switch.Selection.Selector}",
                    "fall back to false (the baseline)",
                    "false");
            }
        }

        return null;
    }

    private static Finding? CandidateByDefault(string fallback, List<PathAndSwitch> paths, ReleaseInfo release)
    {
        if (fallback == release.Baseline)
        {
            return null;
        }

        var baseline = release.Baseline ?? OtherPathValue(fallback, paths);
        var fix = baseline is null ? "fall back to the baseline's value" : $"fall back to the baseline \"{baseline}\"";
        if (release.Candidate is { } candidate)
        {
            if (fallback == candidate)
            {
                return new Finding("the candidate (release.candidate)", fix, baseline);
            }

            foreach (var entry in paths)
            {
                if (entry.Path.Model == candidate && entry.Path.Guard.Condition.RunsWhenFlagIs(fallback) == true)
                {
                    return new Finding($"the candidate \"{candidate}\" at {entry.Switch.Selection.Selector}", fix, baseline);
                }
            }

            return null;
        }

        // Without gates.json the candidate is the model on the one path the code switches on by the flag's value.
        var switchedOn = new HashSet<object>();
        PathAndSwitch? matched = null;
        foreach (var entry in paths)
        {
            if (entry.Path.Guard.Condition.Kind == PathConditionKind.ValueIn)
            {
                switchedOn.UnionWith(entry.Path.Guard.Condition.Values);
                if (entry.Path.Guard.Condition.Values.Contains(fallback))
                {
                    matched ??= entry;
                }
            }
        }

        if (switchedOn.Count != 1 || matched is null)
        {
            return null;
        }

        var model = matched.Path.Model is null ? "the model" : "\"" + matched.Path.Model + "\"";
        return new Finding($"{model} at {matched.Switch.Selection.Selector}", fix, baseline);
    }

    /// <summary>
    /// The model the other paths select, when it is one constant that, as the flag's value, keeps every path the
    /// fallback takes switched off: a value the code fix can write without knowing gates.json.
    /// </summary>
    private static string? OtherPathValue(string fallback, List<PathAndSwitch> paths)
    {
        string? other = null;
        foreach (var entry in paths)
        {
            if (entry.Path.Guard.Condition.RunsWhenFlagIs(fallback) == false && entry.Path.Model is { } model)
            {
                if (other is not null && other != model)
                {
                    return null;
                }

                other = model;
            }
        }

        if (other is null)
        {
            return null;
        }

        foreach (var entry in paths)
        {
            if (entry.Path.Guard.Condition.RunsWhenFlagIs(fallback) == true && entry.Path.Guard.Condition.RunsWhenFlagIs(other) != false)
            {
                return null;
            }
        }

        return other;
    }

    private sealed record PathAndSwitch(GuardedPath Path, ModelSwitch Switch);

    /// <summary>What the fallback selects, the fix in a phrase, and the fallback the code fix writes (null when unknown).</summary>
    private sealed record Finding(string Selects, string Fix, string? Baseline);
}
