namespace ReleaseGates.Engine.Decision;

/// <summary>How one budget fared overall or on one slice (JSON: "pass", "regressed", ...).</summary>
public enum ResultStatus
{
    Pass,
    Regressed,
    Missing,
    Insufficient,
    Inconclusive,
    Waived,
}
