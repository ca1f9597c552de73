using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Which methods, constructors, properties and indexers are log or telemetry sinks: the <see cref="KnownSinks"/> table
/// (on the declaring type, a base type or an implemented interface), <c>release_gates.log_sinks</c>,
/// <c>[LoggerMessage]</c> methods, <c>LoggerMessage.Define</c> delegates and the events of an EventSource.
/// Each answer is computed once per member.
/// </summary>
internal sealed class SinkMembers(PrivacyOptions options)
{
    private static readonly ImmutableDictionary<string, KnownSink> ByType =
        KnownSinks.Types.ToImmutableDictionary(s => s.Type, System.StringComparer.Ordinal);

    /// <summary>The table's types by their own (metadata) name: a type named otherwise is no row, without building its full name.</summary>
    private static readonly ImmutableHashSet<string> TypeNames =
        KnownSinks.Types.Select(s => s.Type.Substring(s.Type.LastIndexOf('.') + 1)).ToImmutableHashSet(System.StringComparer.Ordinal);

    private readonly ConcurrentDictionary<ISymbol, Sink?> _sinks = new(SymbolEqualityComparer.Default);

    /// <summary>Per declaring type, what its bases and interfaces say (<see cref="RowsOf"/>).</summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, TypeRows> _rows = new(SymbolEqualityComparer.Default);

    /// <summary>The sink a method, constructor, property or indexer is, if any (asked once per member definition).</summary>
    public Sink? Of(ISymbol member)
    {
        // Asked at every call, creation and property assignment: a look-up, and nothing allocated, once known.
        var key = member is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } ? member : Symbols.Unreduced(member);
        return _sinks.TryGetValue(key, out var sink) ? sink : _sinks.GetOrAdd(key, Find(key));
    }

    /// <summary>Whether the compilation can see any sink at all (the known types, or a configured one).</summary>
    public static bool AnyIn(CompilationSymbolCache cache) =>
        KnownSinks.Types.Any(sink => cache.GetType(sink.Type) is not null)
        || cache.GetType(KnownSinks.LoggerMessageAttribute) is not null;

    /// <summary>A [LoggerMessage] parameter with a data classification attribute is redacted by the logging generator.</summary>
    public static bool IsRedactedByLoggingGenerator(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (SymbolNames.IsOrDerivesFrom(attribute.AttributeClass, KnownSinks.DataClassificationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sink a member is, not cached (for a caller that keeps its own answer).</summary>
    public Sink? Find(ISymbol constructed)
    {
        if (constructed is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } invoke)
        {
            return LoggerMessageDelegate(invoke);
        }

        var member = Symbols.Unreduced(constructed);
        if (options.LogSinks.Contains(member))
        {
            return new Sink(SinkFamily.Configured, SymbolNames.Short(member));
        }

        var name = member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => ".ctor",
            IPropertySymbol { IsIndexer: true } => "this[]",
            _ => member.Name,
        };

        var rows = member.ContainingType is { } declaring ? RowsOf(declaring) : TypeRows.None;
        if (rows.RowBase)
        {
            for (var type = member.ContainingType; type is not null; type = type.BaseType)
            {
                if (Known(type, name) is { } sink)
                {
                    return sink;
                }
            }
        }

        if (!member.IsStatic)
        {
            foreach (var implemented in rows.RowInterfaces)
            {
                if (Known(implemented, name) is { } sink)
                {
                    return sink;
                }
            }
        }

        return member is IMethodSymbol method ? LoggingMethodSink(method, rows.EventSource) : null;
    }

    /// <summary>
    /// What a type's bases and interfaces say about its members, found once per type (each read of <c>AllInterfaces</c>
    /// builds a new array, and the members of one type are asked about one after another).
    /// </summary>
    private TypeRows RowsOf(INamedTypeSymbol type)
    {
        if (_rows.TryGetValue(type, out var rows))
        {
            return rows;
        }

        var rowBase = false;
        for (var current = type; current is not null && !rowBase; current = current.BaseType)
        {
            rowBase = TypeNames.Contains(current.MetadataName);
        }

        var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var implemented in type.AllInterfaces)
        {
            if (TypeNames.Contains(implemented.MetadataName))
            {
                found.Add(implemented);
            }
        }

        return _rows.GetOrAdd(type, new TypeRows(rowBase, found.ToImmutable(), SymbolNames.IsOrDerivesFrom(type.BaseType, KnownSinks.EventSourceType)));
    }

    /// <param name="RowBase">The type or a base type has a row's name.</param>
    /// <param name="RowInterfaces">Its interfaces whose name is a row's (almost always none).</param>
    /// <param name="EventSource">It derives from EventSource.</param>
    private sealed record TypeRows(bool RowBase, ImmutableArray<INamedTypeSymbol> RowInterfaces, bool EventSource)
    {
        public static readonly TypeRows None = new(false, ImmutableArray<INamedTypeSymbol>.Empty, false);
    }

    private Sink? Known(INamedTypeSymbol type, string memberName)
    {
        if (!TypeNames.Contains(type.MetadataName) || !ByType.TryGetValue(SymbolNames.FullName(type), out var known) || !known.Includes(memberName))
        {
            return null;
        }

        if (known.Family == SinkFamily.Console && !options.ConsoleIsSink)
        {
            return null;
        }

        return new Sink(known.Family, known.Display + "." + (memberName == "this[]" ? "this[...]" : memberName == ".ctor" ? "new" : memberName));
    }

    /// <summary>Invoking what LoggerMessage.Define returned: an Action whose first argument is the ILogger.</summary>
    private static Sink? LoggerMessageDelegate(IMethodSymbol invoke) =>
        invoke.ContainingType.TypeArguments.Length > 0 && SymbolNames.FullName(invoke.ContainingType.TypeArguments[0]) == KnownSinks.MicrosoftLogger
            ? new Sink(SinkFamily.Log, "a LoggerMessage.Define delegate")
            : null;

    /// <summary>
    /// [LoggerMessage] methods (declared in source, or in a referenced assembly as a static method that takes the logger)
    /// and the events of an EventSource.
    /// </summary>
    private static Sink? LoggingMethodSink(IMethodSymbol method, bool ofEventSource)
    {
        if ((!method.DeclaringSyntaxReferences.IsEmpty || (method.IsStatic && TakesALogger(method))) && HasLoggerMessageAttribute(method))
        {
            return new Sink(SinkFamily.Log, $"[LoggerMessage] {method.Name}");
        }

        if (ofEventSource
            && method is { MethodKind: MethodKind.Ordinary, IsStatic: false }
            && !method.GetAttributes().Any(a => a.AttributeClass is { } c && SymbolNames.FullName(c) == KnownSinks.NonEventAttribute))
        {
            return new Sink(SinkFamily.EventSource, SymbolNames.Short(method));
        }

        return null;
    }

    private static bool TakesALogger(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.Name == "ILogger")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLoggerMessageAttribute(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LoggerMessageAttribute" } attributeClass && SymbolNames.FullName(attributeClass) == KnownSinks.LoggerMessageAttribute)
            {
                return true;
            }
        }

        return false;
    }
}
