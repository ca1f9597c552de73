using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Contract, privacy sources: the SDK table, [Transcript], transcript_members, name heuristics.</summary>
public sealed class TranscriptSourcesTests
{
    [Fact]
    public Task Azure_speech_recognition_result_text_reached_through_event_args_is_a_source() => Verify.VerifyAsync("""
        class C
        {
            void OnRecognized(ILogger logger, SpeechRecognitionEventArgs e) => logger.LogInformation($"Recognized: {{|RG1001:e.Result.Text|}}");
        }
        """);

    [Fact]
    public Task Metadata_of_a_recognition_result_is_not_a_source() => Verify.VerifyAsync("""
        class C
        {
            void OnRecognized(ILogger logger, SpeechRecognitionEventArgs e) =>
                logger.LogInformation("Recognized {Id} {Reason} in {Duration} at {Offset}, session {Session}", e.Result.ResultId, e.Result.Reason, e.Result.Duration, e.Result.OffsetInTicks, e.SessionId);
        }
        """);

    [Fact]
    public Task Derived_result_types_are_sources_translation_and_conversation_transcription() => Verify.VerifyAsync("""
        using Microsoft.CognitiveServices.Speech.Translation;
        using Microsoft.CognitiveServices.Speech.Transcription;
        class C
        {
            void M(ILogger logger, TranslationRecognitionResult translation, ConversationTranscriptionResult conversation)
            {
                logger.LogInformation("{Text} {Speaker}", {|RG1001:conversation.Text|}, conversation.SpeakerId);
                logger.LogInformation("{Text}", {|RG1001:translation.Text|});
                logger.LogInformation("{German}", {|RG1001:translation.Translations["de"]|});
            }
        }
        """);

    [Fact]
    public Task Detailed_result_forms_are_sources_and_its_confidence_is_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, DetailedSpeechRecognitionResult best)
            {
                logger.LogInformation("{A} {B} {C} {D}", {|RG1001:best.Text|}, {|RG1001:best.LexicalForm|}, {|RG1001:best.NormalizedForm|}, {|RG1001:best.MaskedNormalizedForm|});
                logger.LogInformation("{Confidence}", best.Confidence);
            }
        }
        """);

    [Fact]
    public Task Azure_speech_json_result_property_is_a_source_and_other_properties_are_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                logger.LogDebug("{Json}", {|RG1001:result.Properties.GetProperty(PropertyId.SpeechServiceResponse_JsonResult)|});
                logger.LogDebug("{Latency}", result.Properties.GetProperty(PropertyId.SpeechServiceResponse_RecognitionLatencyMs));
            }
        }
        """);

    [Fact]
    public Task Sdk_text_members_of_every_supported_speech_sdk_are_sources() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Whisper.net.SegmentData segment, OpenAI.Audio.AudioTranscription transcription, OpenAI.Audio.AudioTranslation translation,
                OpenAI.Realtime.InputAudioTranscriptionFinishedUpdate realtime, Microsoft.Extensions.AI.SpeechToTextResponse response,
                Google.Cloud.Speech.V1.SpeechRecognitionAlternative google, Amazon.TranscribeStreaming.Model.Alternative amazon,
                Amazon.TranscribeStreaming.Model.MedicalAlternative medical, Deepgram.Models.Listen.v1.REST.Alternative deepgram,
                Vosk.VoskRecognizer vosk, System.Speech.Recognition.RecognitionResult systemSpeech,
                Azure.Communication.CallAutomation.TranscriptionData acs)
            {
                logger.LogInformation("{T}", {|RG1001:segment.Text|});
                logger.LogInformation("{T}", {|RG1001:transcription.Text|});
                logger.LogInformation("{T}", {|RG1001:transcription.Segments[0].Text|});
                logger.LogInformation("{T}", {|RG1001:translation.Text|});
                logger.LogInformation("{T}", {|RG1001:realtime.Transcript|});
                logger.LogInformation("{T}", {|RG1001:response.Text|});
                logger.LogInformation("{T}", {|RG1001:google.Transcript|});
                logger.LogInformation("{T}", {|RG1001:amazon.Transcript|});
                logger.LogInformation("{T}", {|RG1001:medical.Transcript|});
                logger.LogInformation("{T}", {|RG1001:deepgram.Transcript|});
                logger.LogInformation("{T}", {|RG1001:vosk.Result()|});
                logger.LogInformation("{T}", {|RG1001:vosk.PartialResult()|});
                logger.LogInformation("{T}", {|RG1001:vosk.FinalResult()|});
                logger.LogInformation("{T}", {|RG1001:systemSpeech.Text|});
                logger.LogInformation("{T}", {|RG1001:acs.Text|});
                logger.LogInformation("{T}", {|RG1001:acs.Words.First().Text|});
            }
        }
        """);

    [Fact]
    public Task Metadata_of_other_sdks_is_not_a_source() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Whisper.net.SegmentData segment, OpenAI.Audio.AudioTranscription transcription, Google.Cloud.Speech.V1.SpeechRecognitionAlternative google,
                Deepgram.Models.Listen.v1.REST.Alternative deepgram, Microsoft.Extensions.AI.SpeechToTextResponse response, OpenAI.Realtime.InputAudioTranscriptionFinishedUpdate realtime)
            {
                logger.LogInformation("{Start} {P} {Lang}", segment.Start, segment.Probability, segment.Language);
                logger.LogInformation("{Lang} {Duration} {Segments}", transcription.Language, transcription.Duration, transcription.Segments.Count);
                logger.LogInformation("{Confidence} {Deepgram}", google.Confidence, deepgram.Confidence);
                logger.LogInformation("{Model} {Item}", response.ModelId, realtime.ItemId);
            }
        }
        """);

    [Fact]
    public Task Deepgram_words_as_heard_and_as_punctuated_are_sources_their_timing_and_confidence_are_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Deepgram.Models.Listen.v1.REST.Alternative alternative)
            {
                foreach (var word in alternative.Words!)
                {
                    Console.WriteLine($"{{|RG1001:word.HeardWord|}} ({word.Start}s, confidence {word.Confidence})");
                    logger.LogInformation("{Word}", {|RG1001:word.PunctuatedWord|});
                    logger.LogInformation("{Start} {Confidence}", word.Start, word.Confidence);
                }
            }
        }
        """);

    [Fact]
    public Task A_Deepgram_voice_agents_conversation_text_is_a_source_whole_or_as_content_its_role_and_other_events_are_not() => Verify.VerifyAsync("""
        using Deepgram.Models.Agent.v2.WebSocket;
        class C
        {
            void M(ILogger logger, ConversationTextResponse text, WelcomeResponse welcome)
            {
                Console.WriteLine($"----> {{|RG1001:text|}} received");
                logger.LogInformation("{Role}: {Content}", text.Role, {|RG1001:text.Content|});
                Console.WriteLine($"----> {welcome} received");
            }
        }
        """);

    [Fact]
    public Task A_whole_sdk_response_four_members_above_its_transcript_is_a_leak_one_with_only_metadata_there_is_not() => Verify.VerifyAsync("""
        using Deepgram.Models.Listen.v1.REST;
        record Score(double Confidence, string Language);
        record Part(IReadOnlyList<Score> Scores);
        record Section(IReadOnlyList<Part> Parts);
        record Report(Metadata Metadata, Section Section);
        class C
        {
            void M(ILogger logger, SyncResponse response, Report report)
            {
                Console.WriteLine($"{{|RG1001:response|}}");
                logger.LogInformation("{@Response}", {|RG1001:response|});
                logger.LogInformation("{@Metadata}", response.Metadata);
                Console.WriteLine($"{report}");
                logger.LogInformation("{@Report}", report);
            }
        }
        """);

    [Fact]
    public Task A_whole_recognition_result_logged_as_a_structured_argument_is_a_leak() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionEventArgs e, OpenAI.Audio.AudioTranscription transcription)
            {
                logger.LogInformation("Recognized {@Result}", {|RG1001:e.Result|});
                logger.LogInformation("Event {Event}", {|RG1001:e|});
                logger.LogInformation("Transcribed {@Transcription}", {|RG1001:transcription|});
                logger.LogInformation("Segments {@Segments}", {|RG1001:transcription.Segments|});
            }
        }
        """);

    [Fact]
    public Task Members_marked_Transcript_in_any_namespace_are_sources() => Verify.VerifyAsync("""
        namespace Contoso.Notes
        {
            sealed class TranscriptAttribute : System.Attribute { }
            class Dictation { [Transcript] public string Body { get; set; } = ""; public string Author { get; set; } = ""; }
        }
        class Call
        {
            [ReleaseGates.Transcript] public string Notes = "";
            [return: ReleaseGates.Transcript] public string Summarize() => "";
            public string Caller = "";
        }
        class C
        {
            void M(ILogger logger, Contoso.Notes.Dictation dictation, Call call)
            {
                logger.LogInformation("{Body}", {|RG1001:dictation.Body|});
                logger.LogInformation("{Notes}", {|RG1001:call.Notes|});
                logger.LogInformation("{Summary}", {|RG1001:call.Summarize()|});
                logger.LogInformation("{Author} {Caller}", dictation.Author, call.Caller);
            }
        }
        """);

    [Fact]
    public Task A_parameter_marked_Transcript_carries_taint_into_a_helper() => Verify.VerifyAsync("""
        class C
        {
            void Store(ILogger logger, [Transcript] string body, string title)
            {
                logger.LogInformation("Storing {Title}", title);
                logger.LogInformation("Storing {Body}", {|RG1001:body|});
            }
        }
        """);

    [Fact]
    public Task Members_listed_in_transcript_members_are_sources() => Verify.VerifyAsync(
        """
        namespace Contoso
        {
            class Ticket { public string Notes { get; set; } = ""; public string Subject { get; set; } = ""; public string Read() => ""; }
        }
        class C
        {
            void M(ILogger logger, Contoso.Ticket ticket)
            {
                logger.LogInformation("{Notes} {Read}", {|RG1001:ticket.Notes|}, {|RG1001:ticket.Read()|});
                logger.LogInformation("{Subject}", ticket.Subject);
            }
        }
        """,
        "release_gates.transcript_members = P:Contoso.Ticket.Notes, Contoso.Ticket.Read");

    [Fact]
    public Task Strings_named_like_a_transcript_are_sources() => Verify.VerifyAsync("""
        class Utterance { public string RecognizedText { get; set; } = ""; }
        class C
        {
            private string _transcript = "";
            void M(ILogger logger, string hypothesis, Utterance u, string spokenPhrase)
            {
                var utterance = Load();
                logger.LogInformation("{T}", {|RG1001:_transcript|});
                logger.LogInformation("{T}", {|RG1001:hypothesis|});
                logger.LogInformation("{T}", {|RG1001:u.RecognizedText|});
                logger.LogInformation("{T}", {|RG1001:utterance|});
                logger.LogInformation("{T}", {|RG1001:spokenPhrase|});
            }
            static string Load() => "";
        }
        """);

    [Fact]
    public Task Names_that_say_something_about_a_transcript_are_not_sources() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, string transcriptId, int utteranceCount, string transcriptLanguage, double hypothesisConfidence,
                string transcriptPath, int transcriptLength, string transcriptionStatus, string text, string speechRegion)
            {
                logger.LogInformation("{A} {B} {C} {D} {E} {F} {G} {H} {I}", transcriptId, utteranceCount, transcriptLanguage, hypothesisConfidence,
                    transcriptPath, transcriptLength, transcriptionStatus, text, speechRegion);
            }
        }
        """);

    [Fact]
    public Task Name_heuristics_can_be_switched_off() => Verify.VerifyAsync(
        """
        class C
        {
            void M(ILogger logger, string transcript, SpeechRecognitionResult result)
            {
                logger.LogInformation("{T}", transcript);
                logger.LogInformation("{T}", {|RG1001:result.Text|});
            }
        }
        """,
        "release_gates.name_heuristics = false");

    [Fact]
    public Task A_class_holding_a_transcript_does_not_taint_its_logger_or_itself() => Verify.VerifyAsync("""
        sealed class Dictation
        {
            private readonly ILogger<Dictation> _logger;
            private string _lastTranscript = "";
            public Dictation(ILogger<Dictation> logger) => _logger = logger;
            public string Id { get; } = "";
            public void Save(string text)
            {
                _lastTranscript = text;
                _logger.LogInformation("Saved dictation {Id} of {Chars} chars", Id, text.Length);
                _logger.LogInformation("Handled by {Handler}", this);
            }
        }
        """);

    [Fact]
    public Task Public_transcript_members_make_a_dto_a_transcript_carrier() => Verify.VerifyAsync("""
        sealed record Note(string Id, [property: Transcript] string Body);
        class C
        {
            void M(ILogger logger, Note note, List<Note> notes, Task<Note> pending)
            {
                logger.LogInformation("Saved {@Note}", {|RG1001:note|});
                logger.LogInformation("Saved {Notes}", {|RG1001:notes|});
                logger.LogInformation("Saved {Id}", note.Id);
            }
        }
        """);

    [Fact]
    public Task The_text_of_a_type_named_like_a_transcript_is_a_source_and_its_metadata_is_not() => Verify.VerifyAsync("""
        sealed record Utterance(string SpeakerId, string Text, double Confidence);
        sealed class TranscriptSegment { public string Content { get; set; } = ""; public string Language { get; set; } = ""; }
        sealed class TranscriptionOptions { public string Value { get; set; } = ""; }
        class C
        {
            void M(ILogger logger, Utterance utterance, TranscriptSegment segment, TranscriptionOptions options)
            {
                logger.LogInformation("{Text} {Content}", {|RG1001:utterance.Text|}, {|RG1001:segment.Content|});
                logger.LogInformation("Got {@Utterance}", {|RG1001:utterance|});
                logger.LogInformation("{Speaker} {Confidence} {Language} {Option}", utterance.SpeakerId, utterance.Confidence, segment.Language, options.Value);
            }
        }
        """);
}
