using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>Collects every error of one file, so that a user fixes them all in one round rather than one per build.</summary>
internal sealed class ErrorSink
{
    private readonly List<GateDiagnostic> _errors = new();

    public ErrorSink(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public IReadOnlyList<GateDiagnostic> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(TextSpan span, string message) => _errors.Add(GateDiagnostic.InvalidInput(FilePath, span, message));
}
