using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Sources and sinks added from real speech code: AssemblyAI, Speechmatics, Picovoice, Unity, teams' own result types, SDK responses logged whole.</summary>
public sealed class SdkSourcesAndSinksTests
{
    [Fact]
    public Task AssemblyAI_realtime_partial_and_final_transcripts_and_async_transcripts_are_sources_and_their_metadata_is_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, AssemblyAI.Realtime.PartialTranscript partial, AssemblyAI.Realtime.FinalTranscript final, AssemblyAI.Transcripts.Transcript transcript)
            {
                logger.LogInformation("{P} {F} {T}", {|RG1001:partial.Text|}, {|RG1001:final.Text|}, {|RG1001:transcript.Text|});
                logger.LogInformation("{C} {S} {Id} {Conf}", partial.Confidence, final.AudioStart, transcript.Id, transcript.Confidence);
            }
        }
        """);

    [Fact]
    public Task Picovoice_Leopard_and_Cheetah_transcripts_are_sources_and_the_endpoint_flag_is_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Pv.LeopardTranscript leopard, Pv.CheetahTranscript cheetah)
            {
                logger.LogInformation("{L} {C}", {|RG1001:leopard.TranscriptString|}, {|RG1001:cheetah.Transcript|});
                logger.LogInformation("{End}", cheetah.IsEndpoint);
            }
        }
        """);

    [Fact]
    public Task Speechmatics_realtime_words_and_partial_transcripts_are_sources_and_their_timings_are_not() => Verify.VerifyAsync("""
        using Speechmatics.Realtime.Client.Messages;
        class C
        {
            void M(ILogger logger, AddTranscriptMessage final, AddPartialTranscriptMessage partial)
            {
                foreach (var word in final.results)
                {
                    logger.LogInformation("{Word} {Confidence} {Start}", {|RG1001:word.alternatives[0].content|}, word.alternatives[0].confidence, word.start_time);
                }

                logger.LogInformation("{Partial}", {|RG1001:partial.transcript|});
                logger.LogInformation("{Start} {Length} {Words}", partial.start_time, partial.length, partial.words.Length);
            }
        }
        """);

    [Fact]
    public Task Unity_Debug_Log_and_MonoBehaviour_print_are_sinks_and_other_Debug_members_are_not() => Verify.VerifyAsync("""
        class Dictation : UnityEngine.MonoBehaviour
        {
            void OnPhrase(AssemblyAI.Realtime.FinalTranscript final)
            {
                UnityEngine.Debug.Log({|RG1001:final.Text|});
                UnityEngine.Debug.LogWarning("Heard: " + {|RG1001:final.Text|});
                UnityEngine.Debug.LogFormat("Heard {0}", {|RG1001:final.Text|});
                print({|RG1001:final.Text|});
                UnityEngine.Debug.Log(final.Text.Length);
                UnityEngine.Debug.DrawLine(0, 1);
            }
        }
        """);

    [Fact]
    public Task A_projects_thin_wrapper_over_Unity_logging_is_a_sink() => Verify.VerifyAsync("""
        static class Log
        {
            public static void Info(string message) => UnityEngine.Debug.Log("[voice] " + message);
        }
        class C
        {
            void M(Pv.CheetahTranscript partial)
            {
                Log.Info({|RG1001:partial.Transcript|});
                Log.Info("endpoint: " + partial.IsEndpoint);
            }
        }
        """);

    [Fact]
    public Task A_teams_own_recognition_result_types_are_sources_and_other_result_types_are_not() => Verify.VerifyAsync("""
        sealed class RecognitionResult { public string Text { get; set; } = ""; public double Confidence { get; set; } }
        sealed record AsrResult(string Text, string Language);
        sealed class SpeechResult { public string Transcript { get; set; } = ""; }
        sealed class SttResponse { public string DisplayText { get; set; } = ""; public int Status { get; set; } }
        sealed class SpeechRecognitionResponse { public string DisplayText { get; set; } = ""; public string RecognitionStatus { get; set; } = ""; }
        sealed class SearchResult { public string Text { get; set; } = ""; }
        sealed class HttpResult { public string Content { get; set; } = ""; }
        sealed class ValidationResult { public string Value { get; set; } = ""; }
        sealed class ImageRecognitionResult { public string Text { get; set; } = ""; }
        sealed class SpeechSynthesisWordBoundaryEventArgs { public string Text { get; set; } = ""; }
        sealed class TtsSpeechResult { public string Text { get; set; } = ""; }
        class C
        {
            void M(ILogger logger, RecognitionResult recognition, AsrResult asr, SpeechResult speech, SttResponse stt, SpeechRecognitionResponse response,
                SearchResult search, HttpResult http, ValidationResult validation, ImageRecognitionResult image, SpeechSynthesisWordBoundaryEventArgs spoken, TtsSpeechResult tts)
            {
                logger.LogInformation("Speaking {Word} {Text}", spoken.Text, tts.Text);
                logger.LogInformation("Heard {Text}", {|RG1001:recognition.Text|});
                logger.LogInformation("Heard {Text}", {|RG1001:asr.Text|});
                logger.LogInformation("Heard {Text}", {|RG1001:speech.Transcript|});
                logger.LogInformation("Heard {Text}", {|RG1001:stt.DisplayText|});
                logger.LogInformation("Heard {Text}", {|RG1001:response.DisplayText|});
                logger.LogInformation("{A} {B} {C} {D}", search.Text, http.Content, validation.Value, image.Text);
                logger.LogInformation("{Conf} {Lang} {Status} {Status2}", recognition.Confidence, asr.Language, stt.Status, response.RecognitionStatus);
            }
        }
        """);

    [Fact]
    public Task An_sdk_response_logged_whole_or_through_its_ToString_carries_the_transcript_its_results_hold() => Verify.VerifyAsync("""
        using Google.Cloud.Speech.V2;
        class C
        {
            void M(ILogger logger, RecognizeResponse response)
            {
                logger.LogInformation("Response {Response}", {|RG1001:response|});
                logger.LogInformation("Response {Response}", {|RG1001:response.ToString()|});
                logger.LogInformation($"Response {{|RG1001:response|}}");
                logger.LogInformation("{Count} results in {Language}", response.Results.Count, response.Results[0].LanguageCode);
            }
        }
        """);
}
