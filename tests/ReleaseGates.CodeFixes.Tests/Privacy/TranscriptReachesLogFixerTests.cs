using ReleaseGates.CodeFixes.Privacy;
using Verify = ReleaseGates.CodeFixes.Tests.Privacy.PrivacyFixVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer, ReleaseGates.CodeFixes.Privacy.TranscriptReachesLogFixer>;

namespace ReleaseGates.CodeFixes.Tests.Privacy;

/// <summary>Contract, code fixes: RG1001 — replace the logged transcript with its length, or wrap it in the project's redactor; Fix All.</summary>
public sealed class TranscriptReachesLogFixerTests
{
    private static readonly string LengthKey = TranscriptLeakFixer.EquivalenceKey(TranscriptFix.UseLength);
    private static readonly string RedactKey = TranscriptLeakFixer.EquivalenceKey(TranscriptFix.Redact);

    [Fact]
    public Task Logs_the_length_and_renames_the_placeholder() => Verify.VerifyAsync(
        """
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text} ({Reason})", {|RG1001:result.Text|}, result.Reason);
        }
        """,
        """
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {TextLength} ({Reason})", result.Text.Length, result.Reason);
        }
        """,
        equivalenceKey: LengthKey);

    [Fact]
    public Task Logs_the_length_inside_an_interpolation_hole() => Verify.VerifyAsync(
        """
        class C
        {
            void M(SpeechRecognitionEventArgs e) => Console.WriteLine($"Recognized: {{|RG1001:e.Result.Text|}}");
        }
        """,
        """
        class C
        {
            void M(SpeechRecognitionEventArgs e) => Console.WriteLine($"Recognized: {e.Result.Text.Length}");
        }
        """,
        equivalenceKey: LengthKey);

    [Fact]
    public Task Logs_a_null_safe_length_of_a_maybe_null_transcript() => Verify.VerifyAsync(
        """
        #nullable enable
        class C
        {
            void M(ILogger logger, SpeechRecognitionEventArgs? e, [Transcript] string? draft)
            {
                logger.LogInformation("{Text}", {|RG1001:e?.Result.Text|});
                logger.LogInformation("{Draft}", {|RG1001:draft|});
            }
        }
        """,
        """
        #nullable enable
        class C
        {
            void M(ILogger logger, SpeechRecognitionEventArgs? e, [Transcript] string? draft)
            {
                logger.LogInformation("{TextLength}", e?.Result.Text.Length);
                logger.LogInformation("{DraftLength}", draft?.Length);
            }
        }
        """,
        equivalenceKey: LengthKey);

    [Fact]
    public Task Wraps_the_transcript_in_the_types_compliance_redactor() => Verify.VerifyAsync(
        """
        using Microsoft.Extensions.Compliance.Redaction;
        class C
        {
            private readonly Redactor _redactor = null!;
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", {|RG1001:result.Text|});
        }
        """,
        """
        using Microsoft.Extensions.Compliance.Redaction;
        class C
        {
            private readonly Redactor _redactor = null!;
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", _redactor.Redact(result.Text));
        }
        """,
        codeActionIndex: 1,
        equivalenceKey: RedactKey);

    [Fact]
    public Task Wraps_the_transcript_in_a_Redacts_method_of_another_type() => Verify.VerifyAsync(
        """
        namespace Contoso.Privacy { static class Text { [Redacts] public static string Mask(string value) => "***"; } }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", {|RG1001:result.Text|});
        }
        """,
        """
        namespace Contoso.Privacy { static class Text { [Redacts] public static string Mask(string value) => "***"; } }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", Contoso.Privacy.Text.Mask(result.Text));
        }
        """,
        codeActionIndex: 1,
        equivalenceKey: RedactKey);

    [Fact]
    public Task Wraps_the_transcript_in_a_configured_sanitizer_and_the_fixed_state_keeps_the_configuration() => Verify.VerifyAsync(
        """
        namespace Contoso { static class Scrub { public static string Pii(string text) => text; } }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", {|RG1001:result.Text|});
        }
        """,
        """
        namespace Contoso { static class Scrub { public static string Pii(string text) => text; } }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("Recognized {Text}", Contoso.Scrub.Pii(result.Text));
        }
        """,
        codeActionIndex: 1,
        editorConfig: "release_gates.sanitizer_methods = Contoso.Scrub.Pii",
        equivalenceKey: RedactKey);

    [Fact]
    public Task Fix_all_logs_the_length_of_every_transcript_in_one_call_and_across_methods() => Verify.VerifyAsync(
        """
        class C
        {
            void A(ILogger logger, SpeechRecognitionResult result, Whisper.net.SegmentData segment) =>
                logger.LogInformation("{Text} then {Segment}", {|RG1001:result.Text|}, {|RG1001:segment.Text|});
            void B(ILogger logger, [Transcript] string notes) => logger.LogWarning("Notes {Notes}", {|RG1001:notes|});
        }
        """,
        """
        class C
        {
            void A(ILogger logger, SpeechRecognitionResult result, Whisper.net.SegmentData segment) =>
                logger.LogInformation("{TextLength} then {SegmentLength}", result.Text.Length, segment.Text.Length);
            void B(ILogger logger, [Transcript] string notes) => logger.LogWarning("Notes {NotesLength}", notes.Length);
        }
        """,
        equivalenceKey: LengthKey);

    [Fact]
    public Task A_whole_object_gets_no_length_fix() => Verify.VerifyAsync(
        """
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("{@Result}", {|RG1001:result|});
        }
        """,
        """
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("{@Result}", {|RG1001:result|});
        }
        """);
}
