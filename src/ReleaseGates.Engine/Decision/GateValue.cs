using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// A number the gate judges: exact decimal as written, or infinite — a latency percentile or mean over timeouts,
/// the worst value there is (contract §7). Two infinities of one sign are no change.
/// </summary>
public readonly record struct GateValue
{
    private GateValue(decimal finite, int infinity)
    {
        Finite = finite;
        Infinity = infinity;
    }

    public static GateValue PositiveInfinity { get; } = new(0, 1);

    public static GateValue NegativeInfinity { get; } = new(0, -1);

    /// <summary>The value when <see cref="IsFinite"/>; 0 otherwise.</summary>
    public decimal Finite { get; }

    /// <summary>0 for a finite value, +1 for +Infinity, -1 for -Infinity.</summary>
    public int Infinity { get; }

    public bool IsFinite => Infinity == 0;

    public static implicit operator GateValue(decimal value) => new(value, 0);

    /// <summary>canary - baseline; infinities of one sign cancel to 0 ("both timed out: no change").</summary>
    /// <exception cref="OverflowException">Both are finite and the difference is beyond decimal's range.</exception>
    public static GateValue operator -(GateValue left, GateValue right) =>
        left.IsFinite && right.IsFinite ? left.Finite - right.Finite
        : left.Infinity == right.Infinity ? 0m
        : left.IsFinite ? new GateValue(0, -right.Infinity)
        : new GateValue(0, left.Infinity);

    public static GateValue operator -(GateValue value) => value.IsFinite ? -value.Finite : new GateValue(0, -value.Infinity);

    public static bool operator >(GateValue left, GateValue right) => Compare(left, right) > 0;

    public static bool operator <(GateValue left, GateValue right) => Compare(left, right) < 0;

    public static bool operator >=(GateValue left, GateValue right) => Compare(left, right) >= 0;

    public static bool operator <=(GateValue left, GateValue right) => Compare(left, right) <= 0;

    /// <summary>"0.081", "Infinity", "-Infinity".</summary>
    public override string ToString() => IsFinite ? ExactNumber.Format(Finite) : Infinity > 0 ? "Infinity" : "-Infinity";

    /// <summary>"+0.012", "+Infinity": a change, always with its sign.</summary>
    public string ToSignedString() => IsFinite ? ExactNumber.FormatSigned(Finite) : Infinity > 0 ? "+Infinity" : "-Infinity";

    public double ToDouble() => IsFinite ? (double)Finite : Infinity > 0 ? double.PositiveInfinity : double.NegativeInfinity;

    private static int Compare(GateValue left, GateValue right) =>
        left.Infinity != right.Infinity ? left.Infinity.CompareTo(right.Infinity) : left.Finite.CompareTo(right.Finite);
}
