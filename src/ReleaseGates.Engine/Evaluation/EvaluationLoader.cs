using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;

namespace ReleaseGates.Engine.Evaluation;

/// <summary>Turns gates.json's baseline/canary source into an evaluation the gate can judge.</summary>
public static class EvaluationLoader
{
    /// <param name="source">The file or per-utterance pattern gates.json names.</param>
    /// <param name="gatesFile">For messages.</param>
    /// <param name="bytesRead">Told the running total of per-utterance bytes read, for a progress display.</param>
    /// <exception cref="InvalidInputException">The source cannot be judged.</exception>
    public static EvaluationOutput Load(EvaluationSource source, string gatesFile, IProgress<long>? bytesRead = null)
    {
        if (source.IsUtterances)
        {
            return UtteranceInput.Load(source, gatesFile, bytesRead);
        }

        var description = $"{source.Side} evaluation output '{source.Written}'";
        // Reported at the gates.json line that names the file: that is where the user fixes a wrong path.
        if (Directory.Exists(source.Resolved))
        {
            throw new InvalidInputException(GateDiagnostic.InvalidInput(gatesFile, source.Span,
                $"{description} is a folder ({source.Resolved}); name the evaluation file in it, or its per-utterance shards as {{ \"utterances\": \"{source.Written.TrimEnd('/', '\\')}/*.jsonl\" }}"));
        }

        if (!File.Exists(source.Resolved))
        {
            throw new InvalidInputException(GateDiagnostic.InvalidInput(gatesFile, source.Span,
                $"{description} does not exist (looked for {source.Resolved}); check the path (relative to gates.json) and that the evaluation step wrote the file"));
        }

        return EvaluationOutputReader.Read(source.Resolved, description);
    }

    /// <summary>The files a source reads, so that a build re-evaluates when one of them changes.</summary>
    public static IReadOnlyList<string> InputFiles(EvaluationSource source) =>
        source.IsUtterances ? UtteranceInput.Files(source) : new[] { Path.GetFullPath(source.Resolved) };
}
