using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, RG1001 messages: what leaked, into which sink, what to do; the project's redactor when there is one.</summary>
public sealed class MessageTests
{
    [Fact]
    public Task The_message_names_the_transcript_its_source_the_sink_and_the_fix() => Verify.VerifyAsync(
        """
        class C
        {
            void M(ILogger logger, SpeechRecognitionEventArgs e)
            {
                var text = e.Result.Text;
                logger.LogInformation("Recognized {Text}", {|#0:text|});
            }
        }
        """,
        Verify.Diagnostic("RG1001").WithLocation(0).WithMessage(
            "Transcript 'text' (from RecognitionResult.Text (Azure AI Speech)) reaches the log via ILogger.LogInformation: use its length or redact it ([Redacts])"));

    [Fact]
    public Task The_message_names_the_projects_redactor_when_the_type_has_one() => Verify.VerifyAsync(
        """
        class C
        {
            private readonly Microsoft.Extensions.Compliance.Redaction.Redactor _redactor = null!;
            void M(SpeechRecognitionResult result) => Trace.WriteLine({|#0:result.Text|});
        }
        """,
        Verify.Diagnostic("RG1001").WithLocation(0).WithMessage(
            "Transcript 'result.Text' (from RecognitionResult.Text (Azure AI Speech)) reaches the trace log via Trace.WriteLine: use its length or redact it with _redactor.Redact"));

    [Fact]
    public Task The_message_for_a_whole_object_asks_for_content_free_members() => Verify.VerifyAsync(
        """
        class C
        {
            void M(Activity activity, SpeechRecognitionResult result) => activity.SetTag("result", {|#0:result|});
        }
        """,
        Verify.Diagnostic("RG1001").WithLocation(0).WithMessage(
            "Transcript 'result' (from RecognitionResult.Text (Azure AI Speech)) reaches telemetry via Activity.SetTag: use content-free members or redact it ([Redacts])"));
}
