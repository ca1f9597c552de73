using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Cli.Init;

/// <summary>One budget <c>release-gates init</c> proposes, with the values it was derived from.</summary>
/// <param name="OverallOnly">The baseline has slices and no slice on either side reports this metric: each would be missing.</param>
internal sealed record ProposedBudget(string Metric, MetricDirection Direction, Allowance Allowance, GateValue Baseline, GateValue Canary, bool OverallOnly);

/// <summary>Where one side's evaluation comes from, as gates.json will name it (relative to its folder).</summary>
/// <param name="Format">For per-utterance results: "nemo", or null for our own lines.</param>
internal sealed record ProposedSource(string Path, bool IsUtterances, string? Format);

/// <summary>The text of the commented gates.json that <c>release-gates init</c> writes (JSON with comments, which the
/// engine, the schema-aware editors and RG0001 all read).</summary>
internal static class GatesFileTemplate
{
    public const string SchemaUrl = "https://raw.githubusercontent.com/release-gates/ReleaseGates/main/schema/gates.schema.json";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="leftOut">Metrics not budgeted, each with why ("canary only", "NaN in the baseline").</param>
    public static string Write(ProposedSource baseline, ProposedSource canary, IReadOnlyList<ProposedBudget> budgets, IReadOnlyList<string> leftOut)
    {
        var text = new StringBuilder();
        Line(text, "// gates.json: the budgets the release gate judges the canary by (see the README of ReleaseGates, \"gates.json reference\").");
        Line(text, "// Written by `release-gates init`: one budget per metric found in both evaluations. Each direction comes from the");
        Line(text, "// metric's name and each allowance is a starting point, not advice: set them to what your team accepts before the");
        Line(text, "// gate decides a release, and check every direction marked \"guessed\".");
        Line(text, "{");
        Line(text, $"  \"$schema\": {Quote(SchemaUrl)},");
        Line(text, "  \"version\": 1,");
        Line(text, string.Empty);
        Line(text, "  // Echoed in every report; rollback_flags are the feature flags that switch the candidate off (analyzer RG2002):");
        Line(text, "  // \"release\": { \"model\": \"my-model\", \"baseline\": \"my-model-v1\", \"candidate\": \"my-model-v2\", \"rollback_flags\": [\"my-model.v2\"] },");
        Line(text, "  // A slice that reports fewer samples than this on either side pauses rather than being judged:");
        Line(text, "  // \"slices\": { \"min_samples\": 200 },");
        if (baseline.IsUtterances && canary.IsUtterances)
        {
            Line(text, "  // Per-utterance results on both sides are judged with a paired bootstrap (confidence 0.95, 1000 resamples, seed 0);");
            Line(text, "  // \"statistics\": false judges the point estimates instead:");
            Line(text, "  // \"statistics\": { \"confidence\": 0.95, \"resamples\": 1000, \"seed\": 0 },");
        }

        Line(text, string.Empty);
        Line(text, $"  \"baseline\": {Source(baseline)},");
        Line(text, $"  \"canary\": {Source(canary)},");
        Line(text, string.Empty);
        Line(text, "  \"budgets\": {");
        for (var i = 0; i < budgets.Count; i++)
        {
            var budget = budgets[i];
            var direction = budget.Direction.Guessed
                ? $"direction guessed ({Comment(budget.Metric)} has no word init knows): check it"
                : $"{GateNames.Direction.Of(budget.Direction.Direction)} from \"{Comment(budget.Direction.Because!)}\"";
            Line(text, $"    // baseline {budget.Baseline}, canary {budget.Canary}; {direction}; {budget.Allowance.Why}");
            var onMissing = string.Empty;
            if (budget.OverallOnly)
            {
                Line(text, "    // Reported overall only, so on every slice it would be missing (a pause): \"on_missing\": \"ignore\" skips those, and");
                Line(text, "    // would also skip the overall result if the metric went missing. Report it per slice and remove that to judge slices.");
                onMissing = ", \"on_missing\": \"ignore\"";
            }

            Line(text, $"    {Quote(budget.Metric)}: {{ \"direction\": \"{GateNames.Direction.Of(budget.Direction.Direction)}\", \"{budget.Allowance.Key}\": {Json.Number(budget.Allowance.Value)}{onMissing} }}{(i < budgets.Count - 1 ? "," : string.Empty)}");
        }

        if (leftOut.Count > 0)
        {
            Line(text, "    // Not budgeted:");
            foreach (var metric in leftOut)
            {
                Line(text, $"    //   {Comment(metric)}");
            }
        }

        Line(text, "  }");
        Line(text, "}");
        return text.ToString();
    }

    private static string Source(ProposedSource source)
    {
        if (!source.IsUtterances)
        {
            return Quote(source.Path);
        }

        return source.Format is null
            ? $"{{ \"utterances\": {Quote(source.Path)} }}"
            : $"{{ \"utterances\": {Quote(source.Path)}, \"format\": {Quote(source.Format)} }}";
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    /// <summary>A name inside a // comment: JSON-escaped, so that no newline in it can end the comment.</summary>
    private static string Comment(string value)
    {
        var quoted = Quote(value);
        return quoted.Substring(1, quoted.Length - 2);
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static class Json
    {
        public static string Number(decimal value) => Engine.Json.ExactNumber.Format(value);
    }
}
