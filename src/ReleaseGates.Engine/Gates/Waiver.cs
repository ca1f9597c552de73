using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Gates;

/// <summary>A known regression accepted until a date: reported, no action.</summary>
/// <param name="Slice">Null: the waiver covers the budget overall and on every slice.</param>
/// <param name="Expires">The last day (UTC) on which the waiver applies.</param>
public sealed record Waiver(string Budget, string? Slice, string Reason, DateTime Expires, TextSpan Span)
{
    public bool IsExpiredOn(DateTime today) => today.Date > Expires.Date;

    public bool Covers(string budget, string? slice) =>
        string.Equals(Budget, budget, StringComparison.Ordinal) && (Slice is null || string.Equals(Slice, slice, StringComparison.Ordinal));
}
