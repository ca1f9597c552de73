using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The privacy family's per-compilation state, shared by RG1001-RG1003 through <see cref="CompilationSymbolCache"/>:
/// one <see cref="PrivacyRules"/> per distinct configuration, and which one each file uses.
/// </summary>
internal sealed class PrivacyContext
{
    private readonly ConcurrentDictionary<string, PrivacyRules> _rulesByConfiguration = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, PrivacyRules> _rulesByTree = new();

    public static PrivacyContext For(Compilation compilation) =>
        CompilationSymbolCache.For(compilation).GetOrCreate(_ => new PrivacyContext());

    public PrivacyRules RulesFor(SyntaxTree tree, AnalyzerOptions options) =>
        _rulesByTree.GetOrAdd(tree, t =>
        {
            var read = PrivacyOptions.Read(options.AnalyzerConfigOptionsProvider.GetOptions(t));
            return _rulesByConfiguration.GetOrAdd(read.Key, _ => new PrivacyRules(read));
        });
}
