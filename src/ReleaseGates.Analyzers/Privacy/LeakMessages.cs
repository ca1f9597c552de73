using Microsoft.CodeAnalysis;
using ReleaseGates.Analyzers.Common;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>The messages of RG1001-RG1003: what leaked, from where, into which sink, and what to do instead.</summary>
internal static class LeakMessages
{
    private const int MaxExpressionLength = 60;

    private static readonly string GenericRedactor = $"a Microsoft.Extensions.Compliance redactor or a method marked [{AttributeNames.Redacts}]";

    public static string TranscriptReachesLog(Leak leak, Sink sink, RedactorCall? redactor)
    {
        var expression = Expression(leak);
        return TypeShapes.IsTextLike(leak.Operation.Type)
            ? $"Transcript text '{expression}' (from {leak.Taint.Origin}) reaches {sink.Describe()}: log its length ('{expression}.Length') or another content-free value instead, or redact it with {Redactor(redactor)}"
            : $"'{expression}' carries transcript text (from {leak.Taint.Origin}) and reaches {sink.Describe()} whole: log content-free members (an id, a duration, a confidence) instead, or redact the text with {Redactor(redactor)}";
    }

    public static string TranscriptInExceptionMessage(Leak leak, INamedTypeSymbol exception, RedactorCall? redactor)
    {
        var expression = Expression(leak);
        var instead = TypeShapes.IsTextLike(leak.Operation.Type) ? $"its length ('{expression}.Length')" : "content-free members";
        return $"Transcript text '{expression}' (from {leak.Taint.Origin}) is put into the message of a new {exception.Name}, and exception messages end up in logs and crash reports: put {instead} or an id into the message instead, or redact it with {Redactor(redactor)}";
    }

    public static string AudioReachesLog(Leak leak, Sink sink) =>
        $"Raw audio '{Expression(leak)}' (from {leak.Taint.Origin}) reaches {sink.Describe()}: log its byte count or duration instead";

    private static string Redactor(RedactorCall? redactor) => redactor is null ? GenericRedactor : redactor.Display + "(...)";

    private static string Expression(Leak leak)
    {
        var text = leak.Operation.Syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        return text.Length <= MaxExpressionLength ? text : text.Substring(0, MaxExpressionLength - 3) + "...";
    }
}
