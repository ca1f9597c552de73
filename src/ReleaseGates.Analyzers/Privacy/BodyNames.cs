using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Whether a member body names something that could say transcript or audio: one of its identifiers says transcript,
/// audio or recognition output by the name heuristics (<see cref="NameHeuristics"/>), whether or not they are on. Where flow across methods is off, a source can only be a
/// local, parameter, field, property or method the body names (or a carrier type, which <see cref="LeakFinder"/> checks
/// on the sink's values), so a body that names none has nothing to find and is not evaluated. Read from the syntax alone,
/// once per body: the answer holds for every compilation that shares the tree.
/// </summary>
internal static class BodyNames
{
    /// <summary>Identifiers seen so far and their answer; cleared when it grows past this (identifiers repeat, but the IDE lives long).</summary>
    private const int MaxIdentifiers = 50_000;

    private static readonly ConditionalWeakTable<SyntaxNode, object> ByBody = new();
    private static readonly ConcurrentDictionary<string, bool> ByIdentifier = new(System.StringComparer.Ordinal);
    private static readonly object Yes = new();
    private static readonly object No = new();
    private static int _cached;

    public static bool MayNameSource(SyntaxNode body) => ByBody.GetValue(body, static b => Scan(b) ? Yes : No) == Yes;

    private static bool Scan(SyntaxNode body)
    {
        foreach (var token in body.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && Says(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Says(string identifier)
    {
        if (ByIdentifier.TryGetValue(identifier, out var says))
        {
            return says;
        }

        says = NameHeuristics.SaysTranscript(identifier) || NameHeuristics.SaysAudio(identifier) || NameHeuristics.SaysRecognitionOutput(identifier);
        if (System.Threading.Interlocked.Increment(ref _cached) > MaxIdentifiers)
        {
            _cached = 0;
            ByIdentifier.Clear();
        }

        ByIdentifier.TryAdd(identifier, says);
        return says;
    }
}
