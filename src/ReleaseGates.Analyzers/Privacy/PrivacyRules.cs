using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The privacy rules' view of symbols under one configuration: which members are sources, sinks and
/// sanitizers, and which types carry a transcript. Every answer is computed once per symbol and cached, so a
/// keystroke costs dictionary look-ups.
/// </summary>
internal sealed class PrivacyRules
{
    private const string RedactsText = "[" + AttributeNames.Redacts + "]";

    private static readonly ILookup<string, KnownSource> SourcesByMember = KnownSources.Members.ToLookup(s => s.Member, System.StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, KnownSink> SinksByType =
        KnownSinks.Types.ToImmutableDictionary(s => s.Type, System.StringComparer.Ordinal);

    private readonly ConcurrentDictionary<ISymbol, Taint> _sources = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Taint> _carried = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Taint> _directlyCarried = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, Sink?> _sinks = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sanitizers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _propagators = new(SymbolEqualityComparer.Default);

    public PrivacyRules(PrivacyOptions options) => Options = options;

    public PrivacyOptions Options { get; }

    /// <summary>Per method body: its local flow, built on first need and shared by the three rules.</summary>
    internal System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, LocalFlow> Flows { get; } = new();

    /// <summary>What a field, property, method (its return value), parameter or local carries by what it is.</summary>
    public Taint SourceOf(ISymbol symbol) => _sources.GetOrAdd(symbol, ComputeSource);

    /// <summary>What a value of this type carries as a whole: a recognition result, a list of Whisper segments, an AudioDataStream.</summary>
    public Taint CarriedBy(ITypeSymbol? type) => type is null || TypeShapes.IsContentFree(type) || type.SpecialType == SpecialType.System_String
        ? Taint.Clean
        : _carried.GetOrAdd(type, ComputeCarried);

    public bool IsSanitizer(IMethodSymbol method) => _sanitizers.GetOrAdd(method, ComputeSanitizer);

    /// <summary>Whether content flows from the receiver and arguments into the result (<see cref="Propagation"/>).</summary>
    public bool Propagates(IMethodSymbol method) => _propagators.GetOrAdd(method, Propagation.Propagates);

    /// <summary>The sink a method, constructor, property or indexer is, if any.</summary>
    public Sink? SinkOf(ISymbol member) => _sinks.GetOrAdd(member, ComputeSink);

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

    private static ISymbol Unreduced(ISymbol symbol) => symbol is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : symbol.OriginalDefinition;

    private Taint ComputeSource(ISymbol symbol)
    {
        symbol = Unreduced(symbol);
        var type = TypeOf(symbol);
        if (symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol)
        {
            var known = KnownSource(symbol);
            if (!known.IsClean)
            {
                return known;
            }
        }

        if (HasAttribute(symbol, AttributeNames.Transcript))
        {
            return new Taint(DataKind.Transcript, $"'{SymbolNames.Short(symbol)}', marked [{AttributeNames.Transcript}]");
        }

        if (HasAttribute(symbol, AttributeNames.RawAudio))
        {
            return new Taint(DataKind.Audio, $"'{SymbolNames.Short(symbol)}', marked [{AttributeNames.RawAudio}]");
        }

        if (symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol && Options.TranscriptMembers.Contains(symbol))
        {
            var kind = TypeShapes.IsAudioLike(type) ? DataKind.Audio : DataKind.Transcript;
            return new Taint(kind, $"'{SymbolNames.Short(symbol)}', listed in {ReleaseGatesOptions.TranscriptMembers}");
        }

        if (Options.NameHeuristics && symbol is IFieldSymbol or IPropertySymbol or IParameterSymbol or ILocalSymbol && !symbol.IsImplicitlyDeclared)
        {
            if (TypeShapes.IsTextLike(type) && NameHeuristics.SaysTranscript(symbol.Name))
            {
                return new Taint(DataKind.Transcript, $"'{symbol.Name}', whose name says it holds a transcript");
            }

            if (TypeShapes.IsTextLike(type) && symbol.ContainingType is { } owner && symbol is IFieldSymbol or IPropertySymbol
                && NameHeuristics.IsTextMemberOfTranscriptType(symbol.Name, owner.Name))
            {
                return new Taint(DataKind.Transcript, $"'{SymbolNames.Short(symbol)}', the text of a type named like a transcript");
            }

            if (TypeShapes.IsAudioLike(type) && NameHeuristics.SaysAudio(symbol.Name))
            {
                return new Taint(DataKind.Audio, $"'{symbol.Name}', whose name says it holds audio");
            }
        }

        return Taint.Clean;
    }

    private static Taint KnownSource(ISymbol member)
    {
        if (!SourcesByMember.Contains(member.Name))
        {
            return Taint.Clean;
        }

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            var typeName = SymbolNames.FullName(type);
            foreach (var source in SourcesByMember[member.Name])
            {
                if (SymbolNames.Glob(source.TypePattern, typeName))
                {
                    return new Taint(source.Kind, $"{type.Name}.{member.Name} ({source.Sdk})");
                }
            }
        }

        return Taint.Clean;
    }

    private static bool HasAttribute(ISymbol symbol, string name)
    {
        for (var current = symbol; current is not null; current = Overridden(current))
        {
            if (AttributeNames.Has(current, name)
                || (current is IMethodSymbol method && method.GetReturnTypeAttributes().Any(a => AttributeNames.Matches(a.AttributeClass, name))))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        IMethodSymbol method => method.ReturnType,
        _ => null,
    };

    private Taint ComputeCarried(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return CarriedBy(array.ElementType);
            case INamedTypeSymbol { IsGenericType: true } generic when IsWrapper(generic):
                foreach (var argument in generic.TypeArguments)
                {
                    var carried = CarriedBy(argument);
                    if (!carried.IsClean)
                    {
                        return carried;
                    }
                }

                break;
        }

        var direct = DirectlyCarried(type);
        if (!direct.IsClean || IsFramework(type))
        {
            return direct;
        }

        // One level down: event args whose Result is a recognition result, a response whose Segments are segments.
        foreach (var member in InstanceDataMembers(type))
        {
            var memberType = TypeOf(member);
            var inner = memberType is IArrayTypeSymbol array ? DirectlyCarried(array.ElementType)
                : memberType is INamedTypeSymbol { IsGenericType: true } generic && IsWrapper(generic) ? generic.TypeArguments.Select(DirectlyCarried).FirstOrDefault(t => !t.IsClean)
                : memberType is null ? Taint.Clean : DirectlyCarried(memberType);
            if (!inner.IsClean)
            {
                return new Taint(inner.Kind, $"{type.Name}.{member.Name}, which carries {inner.Origin}");
            }
        }

        return Taint.Clean;
    }

    /// <summary>
    /// Generic types whose value is their type arguments' values: collections, tasks, nullables, pairs, tuples and the
    /// SDKs' result wrappers (Azure <c>Response&lt;T&gt;</c>, <c>ClientResult&lt;T&gt;</c>). Not <c>ILogger&lt;T&gt;</c> or a delegate.
    /// </summary>
    private static bool IsWrapper(INamedTypeSymbol generic) =>
        generic.TypeKind != TypeKind.Delegate
        && (TypeShapes.IsCollection(generic)
            || generic.IsTupleType
            || generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            || generic.Name is "Task" or "ValueTask" or "KeyValuePair" or "Tuple" or "Lazy" or "Response" or "ClientResult" or "NullableResponse");

    private Taint DirectlyCarried(ITypeSymbol type) => _directlyCarried.GetOrAdd(type, t =>
    {
        foreach (var audioType in KnownSources.AudioTypes)
        {
            if (SymbolNames.IsOrDerivesFrom(t, audioType.TypePattern))
            {
                return new Taint(DataKind.Audio, $"{t.Name} ({audioType.Sdk})");
            }
        }

        if (IsFramework(t) || TypeShapes.IsContentFree(t) || t.TypeKind is TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Error)
        {
            return Taint.Clean;
        }

        foreach (var member in InstanceDataMembers(t))
        {
            var source = SourceOf(member);
            if (!source.IsClean)
            {
                return source;
            }
        }

        return Taint.Clean;
    });

    /// <summary>The public instance fields and properties: what a serializer, a destructuring logger or a record's ToString shows.</summary>
    private static IEnumerable<ISymbol> InstanceDataMembers(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member.DeclaredAccessibility == Accessibility.Public
                    && (member is IFieldSymbol || member is IPropertySymbol { IsIndexer: false }))
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>BCL types carry nothing by themselves (a string is tainted by flow, not by type).</summary>
    private static bool IsFramework(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace ? type.SpecialType != SpecialType.None : ns.Name is "System";
    }

    private bool ComputeSanitizer(IMethodSymbol method)
    {
        var unreduced = (IMethodSymbol)Unreduced(method);
        return HasAttribute(unreduced, AttributeNames.Redacts)
            || Options.SanitizerMethods.Contains(unreduced)
            || (unreduced.Name.StartsWith("Redact", System.StringComparison.Ordinal)
                && SymbolNames.IsOrDerivesFrom(unreduced.ContainingType, "Microsoft.Extensions.Compliance.Redaction.Redactor"));
    }

    private Sink? ComputeSink(ISymbol constructed)
    {
        if (constructed is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } invoke)
        {
            return LoggerMessageDelegate(invoke);
        }

        var member = Unreduced(constructed);
        if (Options.LogSinks.Contains(member))
        {
            return new Sink(SinkFamily.Configured, SymbolNames.Short(member));
        }

        var name = member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } => ".ctor",
            IPropertySymbol { IsIndexer: true } => "this[]",
            _ => member.Name,
        };

        for (var type = member.ContainingType; type is not null; type = type.BaseType)
        {
            if (Known(type, name) is { } sink)
            {
                return sink;
            }
        }

        if (!member.IsStatic && member.ContainingType is { } declaring)
        {
            foreach (var implemented in declaring.AllInterfaces)
            {
                if (Known(implemented, name) is { } sink)
                {
                    return sink;
                }
            }
        }

        return member is IMethodSymbol method ? LoggingMethodSink(method) : null;
    }

    private Sink? Known(INamedTypeSymbol type, string memberName)
    {
        if (!SinksByType.TryGetValue(SymbolNames.FullName(type), out var known) || !known.Includes(memberName))
        {
            return null;
        }

        if (known.Family == SinkFamily.Console && !Options.ConsoleIsSink)
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

    /// <summary>[LoggerMessage] methods and the events of an EventSource.</summary>
    private static Sink? LoggingMethodSink(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass && SymbolNames.FullName(attributeClass) == KnownSinks.LoggerMessageAttribute)
            {
                return new Sink(SinkFamily.Log, $"[LoggerMessage] {method.Name}");
            }
        }

        if (method is { MethodKind: MethodKind.Ordinary, IsStatic: false }
            && method.ContainingType is { } eventSource
            && SymbolNames.FullName(eventSource) != KnownSinks.EventSourceType
            && SymbolNames.IsOrDerivesFrom(eventSource, KnownSinks.EventSourceType)
            && !method.GetAttributes().Any(a => a.AttributeClass is { } c && SymbolNames.FullName(c) == KnownSinks.NonEventAttribute))
        {
            return new Sink(SinkFamily.EventSource, SymbolNames.Short(method));
        }

        return null;
    }
}
