namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// The privacy analyzers as users meet them: the packed package in a consumer's dotnet build. The consumer carries
/// a tiny stand-in for the logging and speech APIs in its own source (the rules match them by full name), so the
/// build needs nothing but the package.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PrivacyAnalyzerConsumerTests(PackageFeed feed)
{
    private const string Apis = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
            }
        }
        namespace Microsoft.CognitiveServices.Speech
        {
            public class RecognitionResult { public string Text => ""; public string ResultId => ""; }
            public class SpeechRecognitionResult : RecognitionResult { }
            public class SpeechRecognitionEventArgs : System.EventArgs { public SpeechRecognitionResult Result => new(); }
            public class SpeechSynthesisResult { public byte[] AudioData => System.Array.Empty<byte>(); }
        }
        """;

    private const string Service = """
        using Microsoft.CognitiveServices.Speech;
        using Microsoft.Extensions.Logging;

        namespace Consumer;

        public sealed class Transcriber(ILogger logger)
        {
            public void OnRecognized(object? sender, SpeechRecognitionEventArgs e)
            {
                logger.LogInformation($"Recognized: {e.Result.Text}");
                logger.LogInformation("Recognized {Chars} chars, id {Id}", e.Result.Text.Length, e.Result.ResultId);
                if (e.Result.Text.Length > 1000)
                {
                    throw new InvalidOperationException("Too long: " + e.Result.Text);
                }
            }

            public void OnSynthesized(SpeechSynthesisResult result, [ReleaseGates.Transcript] string script) =>
                logger.LogInformation("Audio {Audio} for {Script}", Convert.ToBase64String(result.AudioData), script.Length);
        }
        """;

    [Fact]
    public void The_packed_analyzers_load_and_report_RG1001_RG1002_RG1003_at_the_leaks_only()
    {
        var project = ConsumerProject.Create(feed, "privacy")
            .WithFile("Apis.cs", Apis)
            .WithFile("Transcriber.cs", Service);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        var file = project.PathOf("Transcriber.cs");
        Assert.Contains($"{file}{Position("{e.Result.Text}", 1)}: warning RG1001: Transcript 'e.Result.Text'", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}{Position("+ e.Result.Text", 2)}: warning RG1002: Transcript 'e.Result.Text'", build.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}{Position("Convert.ToBase64String", 0)}: warning RG1003: Raw audio 'Convert.ToBase64String(result.AudioData)'", build.Output, StringComparison.Ordinal);
        Assert.Contains("docs/rules/RG1001.md", build.Output, StringComparison.Ordinal);

        // One leak per rule: the metadata line, the length in the exception's condition and script.Length stay silent.
        Assert.True(DistinctWarnings(build.Output, "RG1001") == 1, build.ToString());
        Assert.True(DistinctWarnings(build.Output, "RG1002") == 1, build.ToString());
        Assert.True(DistinctWarnings(build.Output, "RG1003") == 1, build.ToString());

        // The analyzer assembly loaded and ran without throwing.
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_and_name_heuristics_are_configured_from_editorconfig()
    {
        var project = ConsumerProject.Create(feed, "privacy-config")
            .WithFile("Apis.cs", Apis)
            .WithFile("Notes.cs", """
                using Microsoft.Extensions.Logging;
                namespace Consumer;
                public sealed class Notes(ILogger logger)
                {
                    public void Save(string transcript) => logger.LogInformation("Saved {Transcript}", transcript);
                }
                """)
            .WithFile(".editorconfig", """
                root = true

                [*.cs]
                dotnet_diagnostic.RG1001.severity = error
                """);

        var failing = project.Build();
        project.WithFile(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.RG1001.severity = error
            release_gates.name_heuristics = false
            """);
        var passing = project.Build();

        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("error RG1001: Transcript 'transcript' (from 'transcript', whose name says it holds a transcript)", failing.Output, StringComparison.Ordinal);
        Assert.True(passing.ExitCode == 0, passing.ToString());
        Assert.DoesNotContain("RG1001", passing.Output, StringComparison.Ordinal);
    }

    /// <summary>"(line,column)" of a marker in <see cref="Service"/>, 1-based, moved right by <paramref name="offset"/> characters.</summary>
    private static string Position(string marker, int offset)
    {
        var index = Service.IndexOf(marker, StringComparison.Ordinal) + offset;
        var line = Service[..index].Count(c => c == '\n') + 1;
        var column = index - Service.LastIndexOf('\n', index - 1);
        return $"({line},{column})";
    }

    /// <summary>MSBuild repeats each warning in its summary (with and without a "1>" node prefix); count distinct places.</summary>
    private static int DistinctWarnings(string output, string id) =>
        System.Text.RegularExpressions.Regex.Matches(output, $@"[^\s>]+\(\d+,\d+\): warning {id}:")
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .Count();
}
