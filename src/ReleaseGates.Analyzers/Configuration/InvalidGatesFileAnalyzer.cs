using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ReleaseGates.Analyzers.Configuration;

/// <summary>
/// RG0001: gates.json is invalid. Reported inside the AdditionalFile at the line and column the engine's reader names,
/// so the IDE underlines the mistake in the JSON file itself, long before the build's release gate would fail on it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidGatesFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidGatesFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterAdditionalFileAction(AnalyzeAdditionalFile);
    }

    /// <summary>False in a command-line build with the gate on: its RG4003 reports the same mistakes once.</summary>
    private const string ReportsGatesFileProperty = "build_property._ReleaseGatesAnalyzerReportsGatesFile";

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReportsGatesFileProperty, out var reports)
            && string.Equals(reports.Trim(), "false", System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!GatesFile.IsGatesFile(file, context.Options) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var error in GatesFile.Parse(file, text).Errors)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidGatesFile, LocationOf(error.Span, file.Path, text), error.Message));
        }
    }

    /// <summary>The token the engine's reader points at (a key, a value), or the file's start when it names no place.</summary>
    private static Location LocationOf(Engine.Json.TextSpan span, string path, SourceText text)
    {
        if (!span.IsKnown || span.Start.Line > text.Lines.Count)
        {
            return Location.Create(path, default, new LinePositionSpan(default, default));
        }

        var start = Offset(text, span.Start);
        var end = span.End.IsKnown ? System.Math.Max(start, Offset(text, span.End)) : start;
        var textSpan = TextSpan.FromBounds(start, end);
        return Location.Create(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }

    private static int Offset(SourceText text, Engine.Json.TextPosition position)
    {
        var line = text.Lines[System.Math.Min(position.Line, text.Lines.Count) - 1];
        return line.Start + System.Math.Min(System.Math.Max(position.Column - 1, 0), line.End - line.Start);
    }
}
