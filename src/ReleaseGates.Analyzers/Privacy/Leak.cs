using Microsoft.CodeAnalysis;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>A tainted expression where it appears in a sink's argument: the span a diagnostic marks and a fix rewrites.</summary>
internal readonly struct Leak
{
    public Leak(IOperation operation, Taint taint)
    {
        Operation = operation;
        Taint = taint;
    }

    public IOperation Operation { get; }

    public Taint Taint { get; }
}
