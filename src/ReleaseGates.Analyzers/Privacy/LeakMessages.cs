using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The arguments of RG1001-RG1003's messages: what leaked, from where, into which sink, and the fix in a phrase.</summary>
internal static class LeakMessages
{
    private const int MaxExpressionLength = 40;

    public static object[] TranscriptReachesLog(Leak leak, RedactorCall? redactor) =>
        new object[] { Expression(leak), leak.Taint.Origin ?? "a source", leak.Sink.Describe(), Fix(leak, redactor) };

    public static object[] TranscriptInExceptionMessage(Leak leak, RedactorCall? redactor) =>
        new object[] { Expression(leak), leak.Taint.Origin ?? "a source", leak.Sink.Describe(), Fix(leak, redactor) };

    public static object[] AudioReachesLog(Leak leak) =>
        new object[] { Expression(leak), leak.Taint.Origin ?? "a source", leak.Sink.Describe() };

    private static string Fix(Leak leak, RedactorCall? redactor)
    {
        var instead = TypeShapes.IsTextLike(leak.Operation.Type) ? "its length" : "content-free members";
        var redact = redactor is null ? $"redact it ([{AttributeNames.Redacts}])" : $"redact it with {redactor.Display}";
        return leak.Sink.Through is null ? $"use {instead} or {redact}" : $"pass {instead} or {redact}";
    }

    private static string Expression(Leak leak)
    {
        var text = leak.Operation.Syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        return text.Length <= MaxExpressionLength ? text : text.Substring(0, MaxExpressionLength - 3) + "...";
    }
}
