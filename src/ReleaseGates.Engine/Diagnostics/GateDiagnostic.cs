using ReleaseGates.Engine.Json;

namespace ReleaseGates.Engine.Diagnostics;

/// <summary>
/// Something the gate reports at a place in a file: invalid input (RG4003), a rollback or a pause at a budget
/// (RG4001, RG4002), or a notice that does not change the decision (RG4004, RG4005). The message says what is wrong
/// and how to fix it, and never quotes transcript text. MSBuild logs it at its span, the CLI prints it, RG0001
/// underlines it in the editor.
/// </summary>
public sealed record GateDiagnostic(string Id, GateSeverity Severity, string FilePath, TextSpan Span, string Message)
{
    public TextPosition Position => Span.Start;

    /// <summary>1-based; 0 when the diagnostic is about the file as a whole.</summary>
    public int Line => Span.Start.Line;

    public int Column => Span.Start.Column;

    public bool IsError => Severity == GateSeverity.Error;

    /// <summary>gates.json or an evaluation output the gate cannot judge (RG4003).</summary>
    public static GateDiagnostic InvalidInput(string filePath, TextSpan span, string message) =>
        new(GateRules.InvalidInput, GateSeverity.Error, filePath, span, message);

    public static GateDiagnostic Warning(string id, string filePath, TextSpan span, string message) =>
        new(id, GateSeverity.Warning, filePath, span, message);

    /// <summary>MSBuild's canonical format: <c>path(line,col): error RG4003: message</c>.</summary>
    public override string ToString() => $"{FilePath}{Span}: {(IsError ? "error" : "warning")} {Id}: {Message}";
}
