using System.Collections.Generic;
using System.IO;
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
    public static EvaluationOutput Load(EvaluationSource source, string gatesFile, System.IProgress<long>? bytesRead = null)
    {
        if (source.IsUtterances)
        {
            return UtteranceInput.Load(source, gatesFile, bytesRead);
        }

        var description = $"{source.Side} evaluation output '{source.Written}'";
        if (!File.Exists(source.Resolved))
        {
            // Reported at the gates.json line that names the file: that is where the user fixes a wrong path.
            throw new InvalidInputException(new InputError(
                gatesFile,
                source.Position,
                $"{description} does not exist (looked for {source.Resolved}); check the path (relative to gates.json) and that the evaluation step wrote the file"));
        }

        return EvaluationOutputReader.Read(source.Resolved, description);
    }

    /// <summary>The files a source reads, so that a build re-evaluates when one of them changes.</summary>
    public static IReadOnlyList<string> InputFiles(EvaluationSource source) =>
        source.IsUtterances ? UtteranceInput.Files(source) : new[] { Path.GetFullPath(source.Resolved) };
}
