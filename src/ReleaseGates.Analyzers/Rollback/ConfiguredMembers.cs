using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Rollback;

/// <summary>
/// The member lists of <c>release_gates.model_selectors</c> and <c>release_gates.flag_check_methods</c>, parsed once per
/// distinct option value (files usually share one), in the same <see cref="MemberList"/> syntax as every other list.
/// </summary>
internal sealed class ConfiguredMembers
{
    private static readonly MemberList None = new(System.Collections.Immutable.ImmutableArray<string>.Empty);

    private readonly ConcurrentDictionary<string, MemberList> _parsed = new(System.StringComparer.Ordinal);

    /// <summary>The members the option names for this file; empty when the option is not set.</summary>
    public MemberList Get(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        return _parsed.GetOrAdd(value, _ => new MemberList(ReleaseGatesOptions.GetList(options, key)));
    }
}
