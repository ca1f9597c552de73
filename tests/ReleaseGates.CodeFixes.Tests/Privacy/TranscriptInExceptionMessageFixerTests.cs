using ReleaseGates.CodeFixes.Privacy;
using Verify = ReleaseGates.CodeFixes.Tests.Privacy.PrivacyFixVerifier<ReleaseGates.Analyzers.Privacy.TranscriptInExceptionMessageAnalyzer, ReleaseGates.CodeFixes.Privacy.TranscriptInExceptionMessageFixer>;

namespace ReleaseGates.CodeFixes.Tests.Privacy;

/// <summary>Contract, code fixes: RG1002 — put the length into the message, or redact the text; Fix All.</summary>
public sealed class TranscriptInExceptionMessageFixerTests
{
    [Fact]
    public Task Puts_the_length_into_the_message() => Verify.VerifyAsync(
        """
        class C
        {
            void M(SpeechRecognitionResult result) => throw new InvalidOperationException($"Cannot parse {{|RG1002:result.Text|}}");
        }
        """,
        """
        class C
        {
            void M(SpeechRecognitionResult result) => throw new InvalidOperationException($"Cannot parse {result.Text.Length}");
        }
        """,
        equivalenceKey: TranscriptLeakFixer.EquivalenceKey(TranscriptFix.UseLength));

    [Fact]
    public Task Fix_all_redacts_every_transcript_in_exception_messages() => Verify.VerifyAsync(
        """
        static class Privacy { [Redacts] public static string Mask(string text) => "***"; }
        class C
        {
            void M(SpeechRecognitionResult result, [Transcript] string notes)
            {
                if (notes.Length > 10) throw new ArgumentException("Bad notes " + {|RG1002:notes|});
                throw new InvalidOperationException("Cannot parse " + {|RG1002:result.Text|});
            }
        }
        """,
        """
        static class Privacy { [Redacts] public static string Mask(string text) => "***"; }
        class C
        {
            void M(SpeechRecognitionResult result, [Transcript] string notes)
            {
                if (notes.Length > 10) throw new ArgumentException("Bad notes " + Privacy.Mask(notes));
                throw new InvalidOperationException("Cannot parse " + Privacy.Mask(result.Text));
            }
        }
        """,
        codeActionIndex: 1,
        equivalenceKey: TranscriptLeakFixer.EquivalenceKey(TranscriptFix.Redact));
}
