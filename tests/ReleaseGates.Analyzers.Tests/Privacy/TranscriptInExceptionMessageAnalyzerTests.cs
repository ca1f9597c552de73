using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptInExceptionMessageAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, RG1002: transcript text is put into an exception message.</summary>
public sealed class TranscriptInExceptionMessageAnalyzerTests
{
    [Fact]
    public Task A_transcript_in_a_new_exception_message_is_reported() => Verify.VerifyAsync("""
        class C
        {
            void M(SpeechRecognitionResult result)
            {
                var text = result.Text;
                if (text.Length > 500)
                    throw new InvalidOperationException($"Utterance too long: {{|RG1002:text|}}");
                throw new ArgumentException("Cannot parse " + {|RG1002:result.Text|}, nameof(result));
            }
        }
        """);

    [Fact]
    public Task A_custom_exception_and_a_base_constructor_call_are_reported() => Verify.VerifyAsync("""
        sealed class RecognitionFailedException : Exception
        {
            public RecognitionFailedException(string message) : base(message) { }
            public RecognitionFailedException([Transcript] string transcript, int code) : base({|RG1002:transcript|}) { }
        }
        class C
        {
            Exception M(SpeechRecognitionResult result) => new RecognitionFailedException({|RG1002:result.Text|});
        }
        """);

    [Fact]
    public Task Content_free_values_and_inner_exceptions_in_an_exception_are_not_reported() => Verify.VerifyAsync("""
        class C
        {
            void M(SpeechRecognitionResult result, Exception inner)
            {
                throw new InvalidOperationException($"Utterance {result.ResultId} too long: {result.Text.Length} chars, reason {result.Reason}", inner);
            }
        }
        """);

    [Fact]
    public Task A_transcript_in_a_log_call_is_not_RG1002() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation(result.Text);
        }
        """);

    [Fact]
    public Task The_message_says_what_leaked_where_and_what_to_do() => Verify.VerifyAsync(
        """
        class C
        {
            void M(SpeechRecognitionResult result) => throw new InvalidOperationException({|#0:result.Text|});
        }
        """,
        Verify.Diagnostic("RG1002").WithLocation(0).WithMessage(
            "Transcript 'result.Text' (from RecognitionResult.Text (Azure AI Speech)) goes into a new InvalidOperationException's message, which ends up in logs: use its length or redact it ([Redacts])"));
}
