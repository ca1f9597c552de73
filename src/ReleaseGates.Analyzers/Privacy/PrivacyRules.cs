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

    public PrivacyRules(PrivacyOptions options, Compilation compilation, bool followsAcrossMethods, bool sourcesNamedInBody = false)
    {
        Options = options;
        FollowsAcrossMethods = followsAcrossMethods;
        SourcesNamedInBody = sourcesNamedInBody && !followsAcrossMethods;
        Compilation = compilation;
        Sources = new SourceMembers(options);
        Carriers = new CarrierTypes(Sources);
        Sanitizers = new Sanitizers(options);
        Sinks = new SinkMembers(options);
        Summaries = new MethodSummaries(this);
        Reach = new SinkReach(options, compilation);
        Handlers = new EventHandlers(this);
        Fields = new FieldWrites(this);
    }

    public PrivacyOptions Options { get; }

    /// <summary>Whether summaries, event handlers and field writes are followed (see <see cref="PrivacyContext.MayHaveSources"/>).</summary>
    public bool FollowsAcrossMethods { get; }

    /// <summary>
    /// Whether a body's sources are all things it names (flow across methods off, nothing referenced named for speech):
    /// then a body whose identifiers say nothing speech-like is not evaluated (<see cref="BodyNames"/>).
    /// </summary>
    public bool SourcesNamedInBody { get; }

    public Compilation Compilation { get; }

    public SourceMembers Sources { get; }

    public CarrierTypes Carriers { get; }

    public Sanitizers Sanitizers { get; }

    public SinkMembers Sinks { get; }

    public MethodSummaries Summaries { get; }

    /// <summary>Whether a method of the compilation can reach a sink at all, from syntax (before its summary is asked for).</summary>
    public SinkReach Reach { get; }

    public EventHandlers Handlers { get; }

    public FieldWrites Fields { get; }

    /// <summary>Per member body: its flow, built on first need and shared by the three rules and the summaries.</summary>
    public ConditionalWeakTable<IOperation, LocalFlow> Flows { get; } = new();

    /// <summary>Per sink site: its leaks, found once for the three rules (<see cref="Privacy.SiteLeaks"/>).</summary>
    public ConditionalWeakTable<IOperation, IReadOnlyList<Leak>> SiteLeaks { get; } = new();

    /// <summary>Whether content flows from the receiver and arguments into the result (<see cref="Propagation"/>).</summary>
    public bool Propagates(IMethodSymbol method) => _propagators.GetOrAdd(method, Propagation.Propagates);
}
