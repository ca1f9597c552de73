using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Whether a method of the compilation can reach a sink at all, read from syntax alone before anything is bound: its
/// body (lambdas and local functions included), or that of a method of the compilation it names, calls or creates
/// something named like a sink — a member of the <see cref="KnownSinks"/> table's types, a <c>[LoggerMessage]</c> method,
/// a member of the project's own loggers, trace listeners and event sources, a delegate that takes a logger — makes an
/// exception, or writes a sink's property or a tag collection. A method that cannot is no sink for its callers, so a
/// call to it needs no evaluation of its arguments and no summary. Names over-approximate (a <c>Write</c> on a stream
/// counts); what does not match a name is no sink. A query that would visit more methods than its budget answers yes
/// and is not cached; a cycle of methods none of which reaches a sink answers no.
/// </summary>
internal sealed class SinkReach
{
    private const int Budget = 500;

    private readonly Compilation _compilation;
    private readonly bool _everything;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _known = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Shape> _shapes = new(SymbolEqualityComparer.Default);
    private readonly object _namesLock = new();
    private Names? _sinkNames;
    private Index? _index;

    public SinkReach(PrivacyOptions options, Compilation compilation)
    {
        _compilation = compilation;
        _everything = !options.LogSinks.IsEmpty;
    }

    public bool MayReachSink(IMethodSymbol method)
    {
        method = (IMethodSymbol)(method.ReducedFrom ?? method).OriginalDefinition;
        if (_everything || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor))
        {
            return true;
        }

        if (_known.TryGetValue(method, out var known))
        {
            return known;
        }

        try
        {
            var query = new Query();
            var reaches = Visit(method, query);
            if (query.Remaining < 0)
            {
                // Too far to tell: the method counts as one that may reach a sink, and is not asked again.
                _known.TryAdd(method, true);
                return true;
            }

            if (!reaches)
            {
                // Every method visited answered no, assuming no for those still being visited: the least fixed point.
                foreach (var visited in query.Visited)
                {
                    _known.TryAdd(visited, false);
                }
            }

            return reaches;
        }
        catch (Exception)
        {
            return true;
        }
    }

    private sealed class Query
    {
        public HashSet<IMethodSymbol> Visited { get; } = new(SymbolEqualityComparer.Default);

        public int Remaining { get; set; } = Budget;
    }

    /// <summary>What a method's syntax says: whether it names a sink itself, and the methods and types of the compilation it names.</summary>
    private sealed class Shape(bool namesSink, ImmutableArray<ISymbol> ownMembers)
    {
        public bool NamesSink { get; } = namesSink;

        public ImmutableArray<ISymbol> OwnMembers { get; } = ownMembers;
    }

    private bool Visit(IMethodSymbol method, Query query)
    {
        if (_known.TryGetValue(method, out var known))
        {
            return known;
        }

        if (!query.Visited.Add(method))
        {
            return false;
        }

        if (--query.Remaining < 0)
        {
            return true;
        }

        var shape = _shapes.GetOrAdd(method, ShapeOf);
        if (shape.NamesSink)
        {
            _known.TryAdd(method, true);
            return true;
        }

        foreach (var member in shape.OwnMembers)
        {
            if (member is IMethodSymbol callee && Visit(callee, query))
            {
                if (query.Remaining >= 0)
                {
                    _known.TryAdd(method, true);
                }

                return true;
            }

            if (member is INamedTypeSymbol type)
            {
                foreach (var constructor in type.InstanceConstructors)
                {
                    if (!constructor.IsImplicitlyDeclared && Visit(constructor, query))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private Shape ShapeOf(IMethodSymbol method)
    {
        var own = new List<ISymbol>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var declarations = method.DeclaringSyntaxReferences;
        if (method.PartialImplementationPart is { } implementation)
        {
            declarations = declarations.AddRange(implementation.DeclaringSyntaxReferences);
        }

        foreach (var reference in declarations)
        {
            if (NamesSink(reference.GetSyntax(), own, seen))
            {
                return new Shape(true, ImmutableArray<ISymbol>.Empty);
            }
        }

        return new Shape(false, own.ToImmutableArray());
    }

    /// <summary>Whether the syntax names a sink itself; collects the methods and types of the compilation it names.</summary>
    private bool NamesSink(SyntaxNode declaration, List<ISymbol> own, HashSet<string> seen)
    {
        var names = SinkNames();
        foreach (var node in declaration.DescendantNodes())
        {
            switch (node)
            {
                case SimpleNameSyntax simple:
                    var name = simple.Identifier.ValueText;
                    if ((names.Methods.Contains(name) && (!names.ReceiverBound.Contains(name) || IsOnSinkReceiver(simple)))
                        || (names.Properties.Contains(name) && IsAssigned(simple)))
                    {
                        return true;
                    }

                    if (seen.Add(name) && CollectOwn(name, own))
                    {
                        return true;
                    }

                    break;
                case InvocationExpressionSyntax { Expression: not (IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax) }:
                    return true; // (a ?? b)(x), handlers[0](x): a delegate nobody can name
                case ObjectCreationExpressionSyntax creation when RightmostName(creation.Type) is { } typeName
                    && typeName.EndsWith("Exception", System.StringComparison.Ordinal):
                    return true;
                case ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 }:
                case ConstructorInitializerSyntax { ArgumentList.Arguments.Count: > 0 }:
                    return true;
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax element } when MayBeTagCollection(element.Expression):
                    return true;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Out" or "Error" or "OpenStandardOutput" or "OpenStandardError" } console
                    when RightmostName(console.Expression) == "Console":
                    return true; // the console handed to a method's writer parameter (WriterParameters)
            }
        }

        return false;
    }

    /// <summary>Adds the methods and types of the compilation with this name; true for a delegate field or property that takes a logger (a Define delegate).</summary>
    private bool CollectOwn(string name, List<ISymbol> own)
    {
        var index = OwnIndex();
        if (index.Types.TryGetValue(name, out var types))
        {
            own.AddRange(types);
        }

        if (!index.Declaring.TryGetValue(name, out var declaring))
        {
            return false;
        }

        foreach (var type in declaring)
        {
            foreach (var member in type.GetMembers(name))
            {
                switch (member)
                {
                    case IFieldSymbol { Type: INamedTypeSymbol { TypeKind: TypeKind.Delegate } fieldType } when TakesALogger(fieldType):
                    case IPropertySymbol { Type: INamedTypeSymbol { TypeKind: TypeKind.Delegate } propertyType } when TakesALogger(propertyType):
                        return true;
                    case IMethodSymbol:
                        own.Add(member);
                        break;
                }
            }
        }

        return false;
    }

    /// <summary>The compilation's own types by name, and the types declaring a member by name: from declarations, once.</summary>
    private sealed class Index
    {
        public Dictionary<string, List<INamedTypeSymbol>> Types { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, List<INamedTypeSymbol>> Declaring { get; } = new(System.StringComparer.Ordinal);
    }

    private Index OwnIndex()
    {
        lock (_namesLock)
        {
            if (_index is null)
            {
                var index = new Index();
                var namespaces = new Stack<INamespaceSymbol>();
                namespaces.Push(_compilation.Assembly.GlobalNamespace);
                var types = new Stack<INamedTypeSymbol>();
                while (namespaces.Count > 0)
                {
                    var ns = namespaces.Pop();
                    foreach (var inner in ns.GetNamespaceMembers())
                    {
                        namespaces.Push(inner);
                    }

                    foreach (var type in ns.GetTypeMembers())
                    {
                        types.Push(type);
                    }
                }

                while (types.Count > 0)
                {
                    var type = types.Pop();
                    if (type.TypeKind is TypeKind.Class or TypeKind.Struct)
                    {
                        Add(index.Types, type.Name, type);
                    }

                    foreach (var memberName in type.MemberNames)
                    {
                        Add(index.Declaring, memberName, type);
                    }

                    foreach (var nested in type.GetTypeMembers())
                    {
                        types.Push(nested);
                    }
                }

                _index = index;
            }

            return _index;
        }
    }

    private static void Add(Dictionary<string, List<INamedTypeSymbol>> map, string name, INamedTypeSymbol type)
    {
        if (!map.TryGetValue(name, out var list))
        {
            map[name] = list = new List<INamedTypeSymbol>();
        }

        list.Add(type);
    }

    /// <summary>
    /// <c>Console.WriteLine</c>, <c>Console.Out.Write</c>, <c>Trace.Write</c>, not <c>stream.Write</c>; a name with no
    /// receiver (<c>WriteLine(x)</c> under <c>using static System.Console</c>) may be the console, so it counts.
    /// </summary>
    private static bool IsOnSinkReceiver(SimpleNameSyntax name) =>
        name.Parent is not MemberAccessExpressionSyntax access || access.Name != name
        || RightmostName(access.Expression) is "Console" or "Out" or "Error" or "Trace" or "Debug" or "Debugger";

    /// <summary><c>x.DisplayName = v</c>, <c>new TraceTelemetry { Message = v }</c>.</summary>
    private static bool IsAssigned(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == name)
        {
            node = access;
        }

        return node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node;
    }

    /// <summary><c>telemetry.Properties[k] = v</c>, <c>tags[k] = v</c>, <c>span.Attributes[k] = v</c>.</summary>
    private static bool MayBeTagCollection(ExpressionSyntax receiver) =>
        RightmostName(receiver) is { } name
        && (name == "Properties" || name.IndexOf("tag", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("attribute", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("baggage", System.StringComparison.OrdinalIgnoreCase) >= 0);

    private static string? RightmostName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool TakesALogger(INamedTypeSymbol delegateType) =>
        delegateType.TypeArguments.Any(t => t.Name == "ILogger") || delegateType.DelegateInvokeMethod?.Parameters.Any(p => p.Type.Name == "ILogger") == true;

    private sealed class Names
    {
        /// <summary>Methods (and types whose constructor is a sink) by name.</summary>
        public HashSet<string> Methods { get; } = new(System.StringComparer.Ordinal) { "Invoke", "DynamicInvoke" };

        /// <summary>Properties that are sinks when assigned.</summary>
        public HashSet<string> Properties { get; } = new(System.StringComparer.Ordinal);

        /// <summary>Names too common to count on any receiver (Write, WriteLine): only on Console, Trace, Debug, unless the project has its own writer sinks.</summary>
        public HashSet<string> ReceiverBound { get; } = new(System.StringComparer.Ordinal);

        public void AddMember(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension } method:
                    Methods.Add(method.Name);
                    break;
                case IPropertySymbol property:
                    Properties.Add(property.Name);
                    break;
            }
        }
    }

    /// <summary>The names a sink can be called by in this compilation (computed once).</summary>
    private Names SinkNames()
    {
        lock (_namesLock)
        {
            return _sinkNames ??= ComputeSinkNames();
        }
    }

    private Names ComputeSinkNames()
    {
        var names = new Names();
        var openTypes = new List<INamedTypeSymbol>();
        foreach (var row in KnownSinks.Types)
        {
            // Only the APIs the compilation can see: without Application Insights, "Name" and "Message" are no sink.
            if (_compilation.GetTypeByMetadataName(row.Type) is not { } type)
            {
                continue;
            }

            if (row.Members is { } members)
            {
                foreach (var member in members)
                {
                    if (member == ".ctor")
                    {
                        names.Methods.Add(type.Name);
                    }
                    else if (member != "this[]")
                    {
                        foreach (var symbol in type.GetMembers(member))
                        {
                            names.AddMember(symbol);
                        }
                    }
                }
            }
            else
            {
                foreach (var member in type.GetMembers())
                {
                    names.AddMember(member);
                }

                openTypes.Add(type);
            }
        }

        names.ReceiverBound.Add("Write");
        names.ReceiverBound.Add("WriteLine");
        names.ReceiverBound.Add("Flush");
        names.ReceiverBound.Add("Close");

        var eventSource = _compilation.GetTypeByMetadataName(KnownSinks.EventSourceType);
        if (eventSource is not null)
        {
            openTypes.Add(eventSource);
        }

        // The project's own loggers, listeners and event sources (every member of theirs is a sink), and its [LoggerMessage] methods.
        foreach (var symbol in _compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type))
        {
            if (symbol is not INamedTypeSymbol type)
            {
                continue;
            }

            if (openTypes.Count > 0 && (Derives(type, openTypes) || type.AllInterfaces.Any(i => openTypes.Contains(i.OriginalDefinition, SymbolEqualityComparer.Default))))
            {
                foreach (var member in type.GetMembers())
                {
                    names.AddMember(member);
                }

                names.ReceiverBound.Clear(); // the project's own writer: Write on any receiver may be it
            }

            if (IsPartial(type))
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IMethodSymbol method && (method.PartialImplementationPart is not null || method.PartialDefinitionPart is not null || method.IsPartialDefinition)
                        && method.GetAttributes().Any(a => a.AttributeClass?.Name is "LoggerMessageAttribute" or "LoggerMessage"))
                    {
                        names.Methods.Add(method.Name);
                    }
                }
            }
        }

        return names;
    }

    private static bool Derives(INamedTypeSymbol type, List<INamedTypeSymbol> bases)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (bases.Contains(current.OriginalDefinition, SymbolEqualityComparer.Default))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }
}
