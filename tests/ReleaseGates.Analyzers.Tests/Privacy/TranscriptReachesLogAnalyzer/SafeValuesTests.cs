using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, privacy safe values: redactors (Microsoft.Extensions.Compliance, [Redacts], sanitizer_methods) and content-free derived values.</summary>
public sealed class SafeValuesTests
{
    [Fact]
    public Task A_compliance_redactor_makes_a_transcript_safe() => Verify.VerifyAsync("""
        using Microsoft.Extensions.Compliance.Redaction;
        class C
        {
            private readonly Redactor _redactor = null!;
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var redacted = _redactor.Redact(result.Text);
                logger.LogInformation("Recognized {Text}", redacted);
                logger.LogInformation("Recognized {Text}", _redactor.Redact(result.Text));
            }
        }
        """);

    [Fact]
    public Task A_method_marked_Redacts_makes_a_transcript_safe() => Verify.VerifyAsync("""
        static class Privacy
        {
            [Redacts] public static string Mask(string text) => new string('*', text.Length);
            public static string Shorten(string text) => text;
        }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                logger.LogInformation("{Text}", Privacy.Mask(result.Text));
                logger.LogInformation("{Text}", $"{Privacy.Mask(result.Text).ToUpperInvariant()}");
            }
        }
        """);

    [Fact]
    public Task Methods_listed_in_sanitizer_methods_make_a_transcript_safe() => Verify.VerifyAsync(
        """
        namespace Contoso { static class Scrub { public static string Pii(string text) => text; public static string Hash(string text) => text; } }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                logger.LogInformation("{Text}", Contoso.Scrub.Pii(result.Text));
                logger.LogInformation("{Text}", Contoso.Scrub.Hash(result.Text));
            }
        }
        """,
        "release_gates.sanitizer_methods = Contoso.Scrub.Pii, M:Contoso.Scrub.Hash(System.String)");

    [Fact]
    public Task Metadata_logged_next_to_a_transcript_stays_silent() => Verify.VerifyAsync("""
        class C
        {
            void OnRecognized(ILogger logger, object? sender, SpeechRecognitionEventArgs e)
            {
                var text = e.Result.Text;
                if (string.IsNullOrWhiteSpace(text))
                {
                    logger.LogWarning("Empty recognition {ResultId} after {Duration}", e.Result.ResultId, e.Result.Duration);
                    return;
                }
                logger.LogInformation("Recognized {Chars} chars, {Words} words, reason {Reason}, session {Session}",
                    text.Length, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, e.Result.Reason, e.SessionId);
            }
        }
        """);
}
