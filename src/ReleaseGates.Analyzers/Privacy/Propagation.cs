using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The library methods through which content flows from receiver and arguments into the result: string
/// formatting, case, trim and substring, StringBuilder, LINQ, encodings and serializers. The project's own methods are
/// followed by their summaries (<see cref="MethodSummaries"/>); any other library method's result is taken as clean.
/// </summary>
internal static class Propagation
{
    private static readonly ImmutableHashSet<string> PropagatingTypes = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "System.String",
        "System.Text.StringBuilder",
        "System.MemoryExtensions",
        "System.Linq.Enumerable",
        "System.Linq.AsyncEnumerable",
        "System.Collections.Generic.CollectionExtensions",
        "System.Convert",
        "System.BitConverter",
        "System.FormattableString",
        "System.Runtime.CompilerServices.FormattableStringFactory",
        "System.Text.Encoding",
        "System.Text.Json.JsonSerializer",
        "Newtonsoft.Json.JsonConvert",
        "System.Text.RegularExpressions.Regex",
        "System.Globalization.TextInfo",
        "System.Net.WebUtility",
        "System.Web.HttpUtility",
        "System.Uri",
        "System.Text.Encodings.Web.TextEncoder",
        "System.IO.StringWriter",
        "System.IO.StringReader");

    /// <summary>Methods that store their arguments into their receiver: <c>sb.Append(x)</c>, <c>list.Add(x)</c>, <c>writer.Write(x)</c>.</summary>
    private static readonly ImmutableHashSet<string> MutatorNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Replace",
        "Add", "AddRange", "InsertRange", "Push", "Enqueue", "TryAdd", "AddOrUpdate", "GetOrAdd", "Write", "WriteLine");

    /// <summary>Methods that copy their receiver's content into an out argument: <c>translations.TryGetValue("de", out var text)</c>.</summary>
    private static readonly ImmutableHashSet<string> OutCopyNames = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "TryGetValue", "TryPeek", "TryPop", "TryDequeue", "TryTake", "TryRemove");

    public static bool Propagates(IMethodSymbol method)
    {
        if (method.Name == nameof(ToString))
        {
            return true;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (PropagatingTypes.Contains(SymbolNames.FullName(type)))
            {
                return true;
            }
        }

        // A hash of a transcript is only safe when the team says so ([Redacts], sanitizer_methods): short utterances
        // are easy to recover from an unsalted hash.
        if (method.ContainingType?.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
        {
            return true;
        }

        // A collection's own members (ToArray, GetRange, indexers...) hand out its elements.
        return !method.IsStatic && method.ContainingType is { } collection && TypeShapes.IsCollection(collection)
            && collection.SpecialType != SpecialType.System_String;
    }

    public static bool StoresArgumentsIntoReceiver(IMethodSymbol method, ITypeSymbol? receiverType)
    {
        if (!MutatorNames.Contains(method.Name) || receiverType is null)
        {
            return false;
        }

        return receiverType is INamedTypeSymbol { SpecialType: not SpecialType.System_String } named
            && (SymbolNames.FullName(named) == "System.Text.StringBuilder"
                || SymbolNames.IsOrDerivesFrom(named, "System.IO.TextWriter")
                || TypeShapes.IsCollection(named));
    }

    public static bool CopiesReceiverIntoOut(IMethodSymbol method) => OutCopyNames.Contains(method.Name);
}
