using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Whether a member body names something that could say transcript or audio: one of its identifiers says transcript,
/// audio or recognition output by the name heuristics (<see cref="NameHeuristics"/>), whether or not they are on. Where
/// flow across methods is off, a source can only be a local, parameter, field, property or method the body names (or a
/// carrier type, which <see cref="LeakFinder"/> checks on the sink's values), so a body that names none has nothing to
/// find and is not evaluated. Read from the body's text, not its nodes: the text is searched for the heuristics' stems
/// and only the words around a hit are asked (comments and strings count too, which only errs towards evaluating).
/// </summary>
internal static class BodyNames
{
    /// <summary>Words seen around a hit and their answer ("logger" holds "ogg"); cleared when it grows past this.</summary>
    private const int MaxWords = 10_000;

    private static readonly ConcurrentDictionary<string, bool> ByWord = new(System.StringComparer.Ordinal);
    private static int _cached;

    public static bool MayNameSource(SyntaxNode body)
    {
        var text = body.SyntaxTree.GetText().ToString(body.Span);
        foreach (var stem in NameHeuristics.AllStems)
        {
            for (var at = text.IndexOf(stem, System.StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(stem, at + stem.Length, System.StringComparison.OrdinalIgnoreCase))
            {
                if (Says(WordAround(text, at, stem.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string WordAround(string text, int at, int length)
    {
        var start = at;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        var end = at + length;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool Says(string word)
    {
        if (ByWord.TryGetValue(word, out var says))
        {
            return says;
        }

        says = NameHeuristics.SaysTranscript(word) || NameHeuristics.SaysAudio(word) || NameHeuristics.SaysRecognitionOutput(word);
        if (System.Threading.Interlocked.Increment(ref _cached) > MaxWords)
        {
            _cached = 0;
            ByWord.Clear();
        }

        ByWord.TryAdd(word, says);
        return says;
    }
}
