using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, privacy flow: within a method, through locals, assignments, interpolation, concatenation, formatting, case/trim/substring and StringBuilder.</summary>
public sealed class TranscriptFlowTests
{
    [Fact]
    public Task Taint_flows_through_locals() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var text = result.Text;
                var copy = text;
                logger.LogInformation("Recognized {Text}", {|RG1001:copy|});
            }
        }
        """);

    [Fact]
    public Task Reassignment_with_a_transcript_taints_and_with_a_clean_value_cleans() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                string message = "none";
                logger.LogInformation("{Message}", message);
                message = result.Text;
                logger.LogInformation("{Message}", {|RG1001:message|});
                message = "done";
                logger.LogInformation("{Message}", message);
            }
        }
        """);

    [Fact]
    public Task A_conditional_assignment_keeps_the_earlier_taint() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result, bool mask)
            {
                var message = result.Text;
                if (mask)
                    message = "***";
                logger.LogInformation("{Message}", {|RG1001:message|});
            }
        }
        """);

    [Fact]
    public Task A_conditional_assignment_of_a_transcript_taints() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var message = "";
                if (result.Reason == ResultReason.RecognizedSpeech)
                {
                    message = result.Text;
                }
                logger.LogInformation("{Message}", {|RG1001:message|});
            }
        }
        """);

    [Fact]
    public Task Interpolation_is_reported_at_the_hole() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result) =>
                logger.LogInformation($"Recognized {result.Reason}: {{|RG1001:result.Text|}} ({result.Text.Length} chars)");
        }
        """);

    [Fact]
    public Task Concatenation_is_reported_at_the_tainted_operand() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var line = "Recognized: " + result.Text + "!";
                logger.LogInformation({|RG1001:line|});
                logger.LogInformation("Recognized: " + {|RG1001:result.Text|});
            }
        }
        """);

    [Fact]
    public Task Compound_assignment_adds_taint() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var line = "Recognized: ";
                line += result.Text;
                logger.LogInformation({|RG1001:line|});
            }
        }
        """);

    [Fact]
    public Task String_Format_Concat_and_Join_carry_taint() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result, Whisper.net.SegmentData[] segments)
            {
                var formatted = string.Format("Recognized {0}", result.Text);
                var joined = string.Join(" ", segments.Select(s => s.Text));
                logger.LogInformation({|RG1001:formatted|});
                logger.LogInformation({|RG1001:joined|});
                logger.LogInformation(string.Concat("a", {|RG1001:result.Text|}));
                logger.LogInformation(string.Format("{0} chars", result.Text.Length));
            }
        }
        """);

    [Fact]
    public Task ToString_case_trim_and_substring_carry_taint() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var text = result.Text;
                logger.LogInformation("{A}", {|RG1001:text.ToUpperInvariant()|});
                logger.LogInformation("{B}", {|RG1001:text.Trim().ToLower()|});
                logger.LogInformation("{C}", {|RG1001:text.Substring(0, 10)|});
                logger.LogInformation("{D}", {|RG1001:text[..10]|});
                logger.LogInformation("{E}", {|RG1001:result.ToString()|});
            }
        }
        """);

    [Fact]
    public Task StringBuilder_carries_taint_from_Append_to_ToString() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Whisper.net.SegmentData[] segments)
            {
                var builder = new StringBuilder();
                var clean = new StringBuilder();
                foreach (var segment in segments)
                {
                    builder.Append(segment.Text).Append(' ');
                    clean.Append(segment.Start).Append(' ');
                }
                var chained = new StringBuilder();
                chained.Append("Dictated: ").Append(segments[0].Text.Trim());
                logger.LogInformation({|RG1001:builder.ToString()|});
                logger.LogInformation({|RG1001:chained.ToString()|});
                logger.LogInformation(clean.ToString());
            }
        }
        """);

    [Fact]
    public Task Foreach_over_a_transcript_collection_taints_the_element() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech.Translation;
        class C
        {
            void M(ILogger logger, TranslationRecognitionResult result)
            {
                foreach (var translation in result.Translations)
                {
                    logger.LogInformation("{Language}: {Text}", translation.Key, {|RG1001:translation.Value|});
                }
                if (result.Translations.TryGetValue("de", out var german))
                {
                    logger.LogInformation("{German}", {|RG1001:german|});
                }
            }
        }
        """);

    [Fact]
    public Task Patterns_conditional_access_and_await_carry_taint() => Verify.VerifyAsync("""
        class C
        {
            async Task M(ILogger logger, SpeechRecognitionEventArgs? e, Task<SpeechRecognitionResult> pending)
            {
                logger.LogInformation("{T}", {|RG1001:e?.Result.Text|});
                if (e?.Result is { Text: var said })
                {
                    logger.LogInformation("{T}", {|RG1001:said|});
                }
                var result = await pending;
                logger.LogInformation("{T}", {|RG1001:result.Text|});
                var (text, reason) = (result.Text, result.Reason);
                logger.LogInformation("{T} {R}", {|RG1001:text|}, reason);
            }
        }
        """);

    [Fact]
    public Task Lengths_counts_booleans_and_durations_of_a_transcript_are_safe() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result, Whisper.net.SegmentData[] segments)
            {
                var text = result.Text;
                logger.LogInformation("{Length} {Words} {Empty} {Duration} {Segments} {Hash}", text.Length, text.Split(' ').Length,
                    string.IsNullOrEmpty(text), result.Duration, segments.Count(), text.GetHashCode());
                logger.LogInformation("{Contains}", text.Contains("yes", StringComparison.Ordinal));
            }
        }
        """);

    [Fact]
    public Task A_transcript_passed_to_an_unknown_method_is_not_followed() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var intent = Classify(result.Text);
                logger.LogInformation("Intent {Intent}", intent);
            }
            static string Classify(string utteranceText) => "greeting";
        }
        """);

    [Fact]
    public Task Taint_does_not_leak_between_methods_through_a_local_of_the_same_name() => Verify.VerifyAsync("""
        class C
        {
            void A(SpeechRecognitionResult result) { var text = result.Text; _ = text; }
            void B(ILogger logger) { var text = "hello"; logger.LogInformation(text); }
        }
        """);

    [Fact]
    public Task An_unmarked_hash_of_a_transcript_still_carries_it_and_a_Redacts_hash_does_not() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Pseudonym { [Redacts] public static string Of(string text) => ""; }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(result.Text)));
                logger.LogInformation("{Hash}", {|RG1001:hash|});
                logger.LogInformation("{Hash}", Pseudonym.Of(result.Text));
            }
        }
        """);
}
