using System;
using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>A known regression accepted until a date: reported, no action.</summary>
public sealed class Waiver
{
    public Waiver(string budget, string? slice, string reason, DateTime expires, TextPosition position)
    {
        Budget = budget;
        Slice = slice;
        Reason = reason;
        Expires = expires;
        Position = position;
    }

    public string Budget { get; }

    /// <summary>Null: the waiver covers the budget overall and on every slice.</summary>
    public string? Slice { get; }

    public string Reason { get; }

    /// <summary>The last day (UTC) on which the waiver applies.</summary>
    public DateTime Expires { get; }

    public TextPosition Position { get; }

    public bool IsExpiredOn(DateTime today) => today.Date > Expires.Date;

    public bool Covers(string budget, string? slice) =>
        string.Equals(Budget, budget, StringComparison.Ordinal) && (Slice is null || string.Equals(Slice, slice, StringComparison.Ordinal));
}
