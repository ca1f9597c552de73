using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The privacy family's per-compilation state, shared by RG1001-RG1003 through <see cref="CompilationSymbolCache"/>:
/// whether the compilation can see a sink at all, one <see cref="PrivacyRules"/> per distinct configuration, and which
/// one each file uses.
/// </summary>
internal sealed class PrivacyContext
{
    private readonly ConcurrentDictionary<string, PrivacyRules> _rulesByConfiguration = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, PrivacyRules> _rulesByTree = new();
    private readonly Compilation _compilation;
    private SiteCandidates? _candidates;

    /// <summary>The tree last asked about and its rules: the driver hands over a file's operations one after another.</summary>
    private TreeRules? _last;

    private PrivacyContext(CompilationSymbolCache cache)
    {
        _compilation = cache.Compilation;
        HasKnownSinks = SinkMembers.AnyIn(cache);
        MayHaveSources = SpeechCode.MayBeIn(cache);
        ReferencesSpeechTypeNames = !MayHaveSources && SpeechCode.ReferencesSpeechTypeNames(cache.Compilation);
    }

    /// <summary>The compilation references a logging or telemetry API of the table (the BCL's Console, Trace and Activity count).</summary>
    public bool HasKnownSinks { get; }

    /// <summary>
    /// Whether anything beyond a method's own locals and parameters can carry a transcript: a speech SDK, a type or member
    /// named or marked for one. When nothing can, flow across methods has nothing to carry and is not followed.
    /// </summary>
    public bool MayHaveSources { get; }

    /// <summary>
    /// A referenced assembly (not the framework's) declares a type named for a transcript or recognition output, whose
    /// <c>Text</c> is a source that a body can read without naming anything speech-like: bodies are then not skipped by
    /// their names (<see cref="BodyNames"/>).
    /// </summary>
    public bool ReferencesSpeechTypeNames { get; }

    public static PrivacyContext For(Compilation compilation) =>
        CompilationSymbolCache.For(compilation).GetOrCreate(static cache => new PrivacyContext(cache));

    /// <summary>Whether anything can be a sink: a known API, or <c>release_gates.log_sinks</c> in some file's configuration.</summary>
    public bool CanHaveSinks(AnalyzerConfigOptionsProvider options) =>
        HasKnownSinks || ReleaseGatesOptions.AnyFileSets(_compilation, options, ReleaseGatesOptions.LogSinks);

    /// <summary>The first question asked of every call, creation and property assignment (the same configuration provider each time).</summary>
    public SiteCandidates CandidatesFor(AnalyzerConfigOptionsProvider options) =>
        _candidates ?? Interlocked.CompareExchange(ref _candidates, CreateCandidates(options), null) ?? _candidates!;

    private SiteCandidates CreateCandidates(AnalyzerConfigOptionsProvider options) => new(
        anyConfiguredSinks: ReleaseGatesOptions.AnyFileSets(_compilation, options, ReleaseGatesOptions.LogSinks),
        mayFollowAcrossMethods: MayHaveSources || ReleaseGatesOptions.AnyFileSets(_compilation, options, ReleaseGatesOptions.TranscriptMembers));

    /// <summary>The rules a file uses: asked at every site that may be a sink by each of three rules, so the common case is a plain look-up.</summary>
    public PrivacyRules RulesFor(SyntaxTree tree, AnalyzerOptions options)
    {
        if (_last is { } last && last.Tree == tree)
        {
            return last.Rules;
        }

        var rules = _rulesByTree.TryGetValue(tree, out var known) ? known : _rulesByTree.GetOrAdd(tree, Create(tree, options));
        _last = new TreeRules(tree, rules);
        return rules;
    }

    private PrivacyRules Create(SyntaxTree tree, AnalyzerOptions options)
    {
        var read = PrivacyOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree));
        return _rulesByConfiguration.GetOrAdd(read.Key, _ => new PrivacyRules(
            read,
            _compilation,
            followsAcrossMethods: MayHaveSources || !read.TranscriptMembers.IsEmpty,
            sourcesNamedInBody: !MayHaveSources && !ReferencesSpeechTypeNames && read.TranscriptMembers.IsEmpty));
    }

    private sealed record TreeRules(SyntaxTree Tree, PrivacyRules Rules);
}
