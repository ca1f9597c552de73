using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The first question RG1001-RG1003 ask of every call, creation and property assignment: could it be a sink site under
/// any configuration of the compilation? Asked before the file's configuration is looked up, and answered per member
/// (a look-up by reference once known), so that the great majority, which call nothing that logs, cost one look-up.
/// What it lets through is asked again with the file's rules (<see cref="SinkSites.MayBeSink"/>).
/// </summary>
internal sealed class SiteCandidates
{
    /// <summary>The sink table with nothing switched off: a file's configuration can only remove sinks, or add configured ones.</summary>
    private readonly SinkMembers _sinks = new(PrivacyOptions.Defaults);

    /// <summary>
    /// Keyed by the symbol object: a member's symbol is one object per compilation, so no equality comparer is run (a
    /// constructed generic method is looked up by its definition).
    /// </summary>
    private readonly ConcurrentDictionary<ISymbol, bool> _members = new(ReferenceComparer.Instance);

    /// <param name="anyConfiguredSinks">Some file lists <c>release_gates.log_sinks</c>: every site is asked with its file's rules.</param>
    /// <param name="mayFollowAcrossMethods">Some file's rules follow flow across methods: a call that passes anything may reach a sink inside.</param>
    public SiteCandidates(bool anyConfiguredSinks, bool mayFollowAcrossMethods)
    {
        AnyConfiguredSinks = anyConfiguredSinks;
        MayFollowAcrossMethods = mayFollowAcrossMethods;
    }

    public bool AnyConfiguredSinks { get; }

    public bool MayFollowAcrossMethods { get; }

    /// <summary>Asked of an operation that has a sink site's shape (<see cref="SinkSites.HasSiteShape"/>).</summary>
    public bool MayBeSite(IOperation operation) => AnyConfiguredSinks || operation switch
    {
        IInvocationOperation invocation => IsCandidate(invocation.TargetMethod)
            || SinkSites.MayBeReceiverSink(invocation.Instance)
            || PassesToOwnMethod(invocation.Arguments),
        IObjectCreationOperation { Constructor: { } constructor } creation => IsCandidate(constructor) || PassesToOwnMethod(creation.Arguments),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => IsCandidate(target.Property) || SinkSites.MayBeReceiverSink(target.Instance),
        _ => false,
    };

    /// <summary>A sink of the table under the default configuration, a logging method, or an exception's constructor.</summary>
    private bool IsCandidate(ISymbol member)
    {
        if (_members.TryGetValue(member, out var known))
        {
            return known;
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } invoke)
        {
            // A LoggerMessage.Define delegate: its type is constructed at each use, so it is not kept.
            return invoke.ContainingType.TypeArguments is { Length: > 0 } arguments && arguments[0].Name == "ILogger";
        }

        // A constructed member (a generic method, a member of a generic type) is a new object at each use: it is looked up
        // by its definition, and only a definition is kept.
        var key = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : member.OriginalDefinition;
        return _members.TryGetValue(key, out var candidate) ? candidate : _members.GetOrAdd(key, Compute(key));
    }

    private bool Compute(ISymbol member) =>
        _sinks.Find(member) is not null
        || (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && TypeShapes.IsException(constructor.ContainingType));

    private bool PassesToOwnMethod(ImmutableArray<IArgumentOperation> arguments) => MayFollowAcrossMethods && !arguments.IsEmpty;

    private sealed class ReferenceComparer : IEqualityComparer<ISymbol>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

        public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
