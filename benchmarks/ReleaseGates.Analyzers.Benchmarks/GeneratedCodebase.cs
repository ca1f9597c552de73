using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReleaseGates.Analyzers.Benchmarks;

/// <summary>
/// A synthetic speech service: stand-ins for the logging and Azure Speech APIs, then many service classes whose
/// methods are mostly ordinary business code that logs (order ids, counts, durations), some speech handlers that
/// log only metadata, and a few real leaks and non-constant log templates so that both RG1001 and CA2254 have work.
/// </summary>
internal static class GeneratedCodebase
{
    public static SyntaxTree[] Trees(int files, int methods)
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Apis, path: "Apis.cs") };
        for (var i = 0; i < files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(File(i, methods), path: $"Service{i}.cs"));
        }

        return trees.ToArray();
    }

    public const string Apis = """
        namespace Microsoft.Extensions.Logging
        {
            using System;
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public readonly struct EventId { public EventId(int id, string? name = null) { } }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }
            public static class LoggerExtensions
            {
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
            }
            public static class LoggerMessage
            {
                public static Action<ILogger, T1, Exception?> Define<T1>(LogLevel logLevel, EventId eventId, string formatString) => (l, a, e) => { };
            }
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : Attribute { }
        }
        namespace Microsoft.CognitiveServices.Speech
        {
            using System;
            public enum ResultReason { NoMatch, RecognizedSpeech, Canceled }
            public class RecognitionResult
            {
                public string ResultId => "";
                public ResultReason Reason => default;
                public string Text => "";
                public TimeSpan Duration => default;
            }
            public class SpeechRecognitionResult : RecognitionResult { }
            public class SpeechRecognitionEventArgs : EventArgs { public SpeechRecognitionResult Result => new(); public string SessionId => ""; }
        }
        """;

    /// <summary>One file: a class with <paramref name="methods"/> methods (about 13 lines each).</summary>
    public static string File(int index, int methods)
    {
        var source = new StringBuilder();
        source.AppendLine("using System;");
        source.AppendLine("using System.Collections.Generic;");
        source.AppendLine("using System.Diagnostics;");
        source.AppendLine("using System.Linq;");
        source.AppendLine("using System.Text;");
        source.AppendLine("using Microsoft.Extensions.Logging;");
        source.AppendLine("using Microsoft.CognitiveServices.Speech;");
        source.AppendLine();
        source.AppendLine(CultureInfo.InvariantCulture, $"namespace Generated.Module{index % 20};");
        source.AppendLine();
        source.AppendLine(CultureInfo.InvariantCulture, $"public sealed class Service{index}");
        source.AppendLine("{");
        source.AppendLine("    private readonly ILogger _logger;");
        source.AppendLine("    private readonly Dictionary<string, int> _totals = new();");
        source.AppendLine("    private int _count;");
        source.AppendLine();
        source.AppendLine(CultureInfo.InvariantCulture, $"    public Service{index}(ILogger logger) => _logger = logger;");
        for (var m = 0; m < methods; m++)
        {
            source.AppendLine();
            source.Append((m % 10) switch
            {
                0 or 1 or 2 or 3 => BusinessMethod(m),
                4 or 5 or 6 => SpeechMetadataMethod(m),
                7 => SpeechLeakMethod(m),
                8 => NonConstantTemplateMethod(m),
                _ => ComputeMethod(m),
            });
        }

        source.AppendLine("}");
        return source.ToString();
    }

    private static string BusinessMethod(int m) => $$"""
            public int Order{{m}}(string orderId, IReadOnlyList<int> quantities)
            {
                var total = 0;
                foreach (var quantity in quantities)
                {
                    total += quantity;
                }
                _totals[orderId] = total;
                _logger.LogInformation("Order {OrderId} has {Lines} lines, {Total} items", orderId, quantities.Count, total);
                if (total > 100)
                    _logger.LogWarning("Large order {OrderId}", orderId);
                return total;
            }

        """;

    private static string SpeechMetadataMethod(int m) => $$"""
            public void Recognized{{m}}(object? sender, SpeechRecognitionEventArgs e)
            {
                var text = e.Result.Text;
                if (string.IsNullOrEmpty(text))
                {
                    _logger.LogWarning("Empty result {ResultId} in session {Session}", e.Result.ResultId, e.SessionId);
                    return;
                }
                var words = text.Split(' ').Length;
                _count += words;
                _logger.LogInformation("Recognized {Chars} chars, {Words} words, reason {Reason}, {Duration}", text.Length, words, e.Result.Reason, e.Result.Duration);
            }

        """;

    private static string SpeechLeakMethod(int m) => $$"""
            public void Dictated{{m}}(SpeechRecognitionEventArgs e)
            {
                var builder = new StringBuilder();
                builder.Append("Dictated: ").Append(e.Result.Text.Trim());
                var line = builder.ToString();
                _logger.LogDebug("{Line}", line);
                _logger.LogInformation($"Recognized {e.Result.Text} ({e.Result.Reason})");
                Trace.WriteLine("Result " + e.Result.ResultId);
                _count++;
                return;
            }

        """;

    private static string NonConstantTemplateMethod(int m) => $$"""
            public void Shipped{{m}}(string orderId, DateTime when)
            {
                var label = orderId.ToUpperInvariant();
                _logger.LogInformation("Shipped " + label + " at " + when.ToString("O"));
                _logger.LogInformation($"Shipment {orderId} done");
                var days = (DateTime.UtcNow - when).TotalDays;
                if (days > 3)
                {
                    _logger.LogWarning("Late shipment {OrderId}: {Days} days", orderId, days);
                }
                _count++;
            }

        """;

    private static string ComputeMethod(int m) => $$"""
            public double Score{{m}}(double[] values, double weight)
            {
                var sum = 0.0;
                for (var i = 0; i < values.Length; i++)
                {
                    sum += values[i] * weight;
                }
                var mean = values.Length == 0 ? 0 : sum / values.Length;
                var max = values.DefaultIfEmpty().Max();
                _count += (int)mean;
                return Math.Round(mean + max, 3);
            }

        """;
}
