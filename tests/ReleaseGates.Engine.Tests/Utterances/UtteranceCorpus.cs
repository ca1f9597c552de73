using System.Text.Json;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Utterances;

/// <summary>Writes per-utterance JSON Lines into a <see cref="Workspace"/> and reads them back as the engine does.</summary>
internal static class UtteranceCorpus
{
    public static string Line(object utterance) => JsonSerializer.Serialize(utterance);

    public static string Lines(params object[] utterances) => string.Join("\n", utterances.Select(Line)) + "\n";

    public static object Utterance(string id, string reference, string hypothesis) => new { id, reference, hypothesis };

    public static UtteranceSet Read(Workspace workspace, string pattern, ITextNormalizer? normalizer = null, UtteranceFormat format = UtteranceFormat.Lines) =>
        UtteranceReader.Read(ShardPattern.Expand(workspace.Directory, pattern), new UtteranceReadOptions(normalizer ?? StandardTextNormalizer.Instance, format));

    public static UtteranceEvaluation ComputeMetrics(Workspace workspace, string pattern, ITextNormalizer? normalizer = null, UtteranceFormat format = UtteranceFormat.Lines) =>
        UtteranceMetrics.Compute(ShardPattern.Expand(workspace.Directory, pattern), new UtteranceReadOptions(normalizer ?? StandardTextNormalizer.Instance, format)).Evaluation;

    public static GateDiagnostic ReadError(Workspace workspace, string pattern) =>
        Assert.Single(Assert.Throws<InvalidInputException>(() => Read(workspace, pattern)).Errors);
}
