using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The privacy rules' view of a compilation under one configuration: sources, carrier types, sanitizers and sinks,
/// the per-body flows and the per-method summaries. Every answer is computed once and cached for the compilation, so a
/// keystroke costs dictionary look-ups.
/// </summary>
internal sealed class PrivacyRules
{
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _propagators = new(SymbolEqualityComparer.Default);

    public PrivacyRules(PrivacyOptions options, Compilation compilation, bool followsAcrossMethods)
    {
        Options = options;
        FollowsAcrossMethods = followsAcrossMethods;
        Compilation = compilation;
        Sources = new SourceMembers(options);
        Carriers = new CarrierTypes(Sources);
        Sanitizers = new Sanitizers(options);
        Sinks = new SinkMembers(options);
        Summaries = new MethodSummaries(this);
        Handlers = new EventHandlers(this);
        Fields = new FieldWrites(this);
    }

    public PrivacyOptions Options { get; }

    /// <summary>Whether summaries, event handlers and field writes are followed (see <see cref="PrivacyContext.MayHaveSources"/>).</summary>
    public bool FollowsAcrossMethods { get; }

    public Compilation Compilation { get; }

    public SourceMembers Sources { get; }

    public CarrierTypes Carriers { get; }

    public Sanitizers Sanitizers { get; }

    public SinkMembers Sinks { get; }

    public MethodSummaries Summaries { get; }

    public EventHandlers Handlers { get; }

    public FieldWrites Fields { get; }

    /// <summary>Per member body: its flow, built on first need and shared by the three rules and the summaries.</summary>
    public ConditionalWeakTable<IOperation, LocalFlow> Flows { get; } = new();

    /// <summary>Whether content flows from the receiver and arguments into the result (<see cref="Propagation"/>).</summary>
    public bool Propagates(IMethodSymbol method) => _propagators.GetOrAdd(method, Propagation.Propagates);
}
