using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Engine.Diagnostics;

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

    private static void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!GatesFile.IsGatesFile(file, context.Options) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var error in GatesFile.Parse(file, text).Errors)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidGatesFile, LocationOf(error, file.Path, text), error.Message));
        }
    }

    /// <summary>The token at the error's line and column (the whole key or string, a number, a word), or the file's start.</summary>
    private static Location LocationOf(InputError error, string path, SourceText text)
    {
        if (error.Line < 1 || error.Line > text.Lines.Count)
        {
            return Location.Create(path, default, new LinePositionSpan(default, default));
        }

        var line = text.Lines[error.Line - 1];
        var start = line.Start + System.Math.Min(System.Math.Max(error.Column - 1, 0), line.End - line.Start);
        var end = TokenEnd(text, start, line.End);
        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static int TokenEnd(SourceText text, int start, int lineEnd)
    {
        if (start >= lineEnd)
        {
            return start;
        }

        if (text[start] == '"')
        {
            for (var i = start + 1; i < lineEnd; i++)
            {
                if (text[i] == '\\')
                {
                    i++;
                }
                else if (text[i] == '"')
                {
                    return i + 1;
                }
            }

            return lineEnd;
        }

        var end = start;
        while (end < lineEnd && !IsDelimiter(text[end]))
        {
            end++;
        }

        return end == start ? start + 1 : end;
    }

    private static bool IsDelimiter(char c) => char.IsWhiteSpace(c) || c is ',' or ':' or '{' or '}' or '[' or ']';
}
