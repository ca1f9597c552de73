using System.Collections.Immutable;

namespace ReleaseGates.Analyzers.Rollback;

internal enum PathConditionKind
{
    /// <summary>The path is decided by the flag in a way the analysis does not model (a comparison of numbers, an || of two flags).</summary>
    Decided,

    /// <summary>The path runs when the flag is on.</summary>
    FlagOn,

    /// <summary>The path runs when the flag is off.</summary>
    FlagOff,

    /// <summary>The path runs when the flag's value is one of <see cref="PathCondition.Values"/> (if (v == "asr-v7"), case "asr-v7":).</summary>
    ValueIn,

    /// <summary>The path runs when the flag's value is none of <see cref="PathCondition.Values"/> (else, default:, _ =>).</summary>
    ValueNotIn,

    /// <summary>The flag's value is itself the model the path selects.</summary>
    ValueIsModel,
}

/// <summary>What the flag's value must be for a path to run.</summary>
internal readonly struct PathCondition
{
    private PathCondition(PathConditionKind kind, ImmutableHashSet<object> values)
    {
        Kind = kind;
        Values = values;
    }

    public static PathCondition Decided { get; } = new(PathConditionKind.Decided, ImmutableHashSet<object>.Empty);

    public static PathCondition FlagOn { get; } = new(PathConditionKind.FlagOn, ImmutableHashSet<object>.Empty);

    public static PathCondition FlagOff { get; } = new(PathConditionKind.FlagOff, ImmutableHashSet<object>.Empty);

    public static PathCondition ValueIsModel { get; } = new(PathConditionKind.ValueIsModel, ImmutableHashSet<object>.Empty);

    public PathConditionKind Kind { get; }

    public ImmutableHashSet<object> Values { get; }

    public static PathCondition ValueIn(ImmutableHashSet<object> values) => new(PathConditionKind.ValueIn, values);

    public static PathCondition ValueNotIn(ImmutableHashSet<object> values) => new(PathConditionKind.ValueNotIn, values);

    public PathCondition Negate() => Kind switch
    {
        PathConditionKind.FlagOn => FlagOff,
        PathConditionKind.FlagOff => FlagOn,
        PathConditionKind.ValueIn => ValueNotIn(Values),
        PathConditionKind.ValueNotIn => ValueIn(Values),
        _ => Decided,
    };

    /// <summary>Whether the path runs when the flag returns <paramref name="value"/>; null when the analysis cannot tell.</summary>
    public bool? RunsWhenFlagIs(object value) => Kind switch
    {
        PathConditionKind.FlagOn => value is true,
        PathConditionKind.FlagOff => value is false,
        PathConditionKind.ValueIn => Values.Contains(value),
        PathConditionKind.ValueNotIn => !Values.Contains(value),
        _ => null,
    };
}
