using System.Collections.Immutable;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// The speech SDK members that carry transcript text or audio, out of the box. Matched by namespace-qualified
/// type name (a '*' matches any run of characters), on the declaring type or any base type, so that no SDK
/// package is needed to build the analyzer and derived result types (translation, conversation transcription)
/// are included.
/// </summary>
internal static class KnownSources
{
    public static ImmutableArray<KnownSource> Members { get; } = ImmutableArray.Create(
        // Azure AI Speech
        Transcript("Microsoft.CognitiveServices.Speech.RecognitionResult", "Text", "Azure AI Speech"),
        Transcript("Microsoft.CognitiveServices.Speech.Translation.TranslationRecognitionResult", "Translations", "Azure AI Speech"),
        Transcript("Microsoft.CognitiveServices.Speech.DetailedSpeechRecognitionResult", "Text", "Azure AI Speech"),
        Transcript("Microsoft.CognitiveServices.Speech.DetailedSpeechRecognitionResult", "LexicalForm", "Azure AI Speech"),
        Transcript("Microsoft.CognitiveServices.Speech.DetailedSpeechRecognitionResult", "NormalizedForm", "Azure AI Speech"),
        Transcript("Microsoft.CognitiveServices.Speech.DetailedSpeechRecognitionResult", "MaskedNormalizedForm", "Azure AI Speech"),
        Audio("Microsoft.CognitiveServices.Speech.SpeechSynthesisResult", "AudioData", "Azure AI Speech"),

        // Azure Communication Services call automation
        Transcript("Azure.Communication.CallAutomation.TranscriptionData", "Text", "Azure Communication Services"),
        Transcript("Azure.Communication.CallAutomation.WordData", "Text", "Azure Communication Services"),
        Audio("Azure.Communication.CallAutomation.AudioData", "Data", "Azure Communication Services"),

        // Whisper.net
        Transcript("Whisper.net.SegmentData", "Text", "Whisper.net"),

        // OpenAI and Azure OpenAI (the 2.x SDKs share OpenAI's types; Azure.AI.OpenAI 1.x had its own)
        Transcript("OpenAI.Audio.AudioTranscription", "Text", "OpenAI"),
        Transcript("OpenAI.Audio.TranscribedSegment", "Text", "OpenAI"),
        Transcript("OpenAI.Audio.TranscribedWord", "Word", "OpenAI"),
        Transcript("OpenAI.Audio.AudioTranslation", "Text", "OpenAI"),
        Transcript("OpenAI.Audio.StreamingAudioTranscription*Update", "Text", "OpenAI"),
        Transcript("OpenAI.Audio.StreamingAudioTranscription*Update", "Delta", "OpenAI"),
        Transcript("OpenAI.Realtime.*Transcription*", "Transcript", "OpenAI realtime"),
        Transcript("OpenAI.Realtime.*Transcription*", "Delta", "OpenAI realtime"),
        Transcript("OpenAI.RealtimeConversation.*Transcription*", "Transcript", "OpenAI realtime"),
        Transcript("OpenAI.RealtimeConversation.*Transcription*", "Delta", "OpenAI realtime"),
        Transcript("OpenAI.Realtime.*", "AudioTranscript", "OpenAI realtime"),
        Transcript("OpenAI.RealtimeConversation.*", "AudioTranscript", "OpenAI realtime"),
        Transcript("Azure.AI.OpenAI.AudioTranscription", "Text", "Azure OpenAI"),
        Transcript("Azure.AI.OpenAI.AudioTranscriptionSegment", "Text", "Azure OpenAI"),
        Transcript("Azure.AI.OpenAI.AudioTranslation", "Text", "Azure OpenAI"),
        Transcript("Azure.AI.OpenAI.AudioTranslationSegment", "Text", "Azure OpenAI"),

        // Microsoft.Extensions.AI
        Transcript("Microsoft.Extensions.AI.SpeechToTextResponse", "Text", "Microsoft.Extensions.AI"),
        Transcript("Microsoft.Extensions.AI.SpeechToTextResponseUpdate", "Text", "Microsoft.Extensions.AI"),

        // Google Cloud Speech V1, V1P1Beta1, V2
        Transcript("Google.Cloud.Speech.*.SpeechRecognitionAlternative", "Transcript", "Google Cloud Speech"),
        Transcript("Google.Cloud.Speech.*.WordInfo", "Word", "Google Cloud Speech"),

        // Amazon Transcribe Streaming (standard, medical, call analytics)
        Transcript("Amazon.TranscribeStreaming.Model.*Alternative", "Transcript", "Amazon Transcribe"),
        Transcript("Amazon.TranscribeStreaming.Model.*Item", "Content", "Amazon Transcribe"),
        Transcript("Amazon.TranscribeStreaming.Model.UtteranceEvent", "Transcript", "Amazon Transcribe"),

        // Deepgram: listen alternatives (REST and live) and turn responses
        Transcript("Deepgram.*Alternative*", "Transcript", "Deepgram"),
        Transcript("Deepgram.*Turn*", "Transcript", "Deepgram"),
        // ... and each word as heard and as punctuated (REST, live and Flux words)
        Transcript("Deepgram.Models.*.Word", "HeardWord", "Deepgram"),
        Transcript("Deepgram.Models.*.Word", "PunctuatedWord", "Deepgram"),
        // ... and the voice agent's conversation text: what the user said, as recognized, and the agent's reply
        Transcript("Deepgram.Models.Agent.*.ConversationTextResponse", "Content", "Deepgram voice agent"),

        // Vosk returns its results as JSON strings
        Transcript("Vosk.VoskRecognizer", "Result", "Vosk"),
        Transcript("Vosk.VoskRecognizer", "PartialResult", "Vosk"),
        Transcript("Vosk.VoskRecognizer", "FinalResult", "Vosk"),

        // AssemblyAI: realtime partial and final transcripts and their words, async transcripts and their parts
        // (AssemblyAI and AssemblyAI.Realtime / AssemblyAI.Transcripts, depending on the SDK version)
        Transcript("AssemblyAI*.RealtimeBaseTranscript", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.PartialTranscript", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.FinalTranscript", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.Transcript", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.TranscriptUtterance", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.TranscriptSentence", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.TranscriptParagraph", "Text", "AssemblyAI"),
        Transcript("AssemblyAI*.TranscriptWord", "Text", "AssemblyAI"),
        Transcript("AssemblyAI.Realtime.Word", "Text", "AssemblyAI"),

        // Speechmatics realtime client (speechmatics-dotnet): each word's alternatives, and partials' text
        Transcript("Speechmatics.Realtime.Client.Messages.Alternative", "content", "Speechmatics"),
        Transcript("Speechmatics.Realtime.Client.Messages.AddPartialTranscriptMessage", "transcript", "Speechmatics"),

        // Picovoice Leopard (files) and Cheetah (streaming)
        Transcript("Pv.LeopardTranscript", "TranscriptString", "Picovoice Leopard"),
        Transcript("Pv.LeopardWord", "Word", "Picovoice Leopard"),
        Transcript("Pv.CheetahTranscript", "Transcript", "Picovoice Cheetah"),

        // sherpa-onnx and sherpa-ncnn (k2-fsa): streaming and offline recognizer results
        Transcript("SherpaOnnx.OnlineRecognizerResult", "Text", "sherpa-onnx"),
        Transcript("SherpaOnnx.OfflineRecognizerResult", "Text", "sherpa-onnx"),
        Transcript("SherpaNcnn.OnlineRecognizerResult", "Text", "sherpa-ncnn"),

        // whisper.unity
        Transcript("Whisper.WhisperResult", "Result", "whisper.unity"),
        Transcript("Whisper.WhisperSegment", "Text", "whisper.unity"),
        Transcript("Whisper.WhisperTokenData", "Text", "whisper.unity"),

        // Unity's Windows speech recognition (KeywordRecognizer, GrammarRecognizer)
        Transcript("UnityEngine.Windows.Speech.PhraseRecognizedEventArgs", "text", "Unity Windows.Speech"),

        // System.Speech and Windows speech recognition
        Transcript("System.Speech.Recognition.RecognizedPhrase", "Text", "System.Speech"),
        Transcript("System.Speech.Recognition.RecognizedWordUnit", "Text", "System.Speech"),
        Transcript("Windows.Media.SpeechRecognition.SpeechRecognitionResult", "Text", "Windows speech recognition"),
        Transcript("Windows.Media.SpeechRecognition.SpeechRecognitionHypothesis", "Text", "Windows speech recognition"));

    /// <summary>Types whose instances are audio (a stream of synthesized speech), wherever they flow.</summary>
    public static ImmutableArray<KnownSource> AudioTypes { get; } = ImmutableArray.Create(
        Audio("Microsoft.CognitiveServices.Speech.AudioDataStream", string.Empty, "Azure AI Speech"));

    /// <summary>Azure AI Speech's JSON result: <c>result.Properties.GetProperty(PropertyId.SpeechServiceResponse_JsonResult)</c>.</summary>
    public const string SpeechPropertyCollection = "Microsoft.CognitiveServices.Speech.PropertyCollection";

    public const string SpeechJsonResultProperty = "SpeechServiceResponse_JsonResult";

    private static KnownSource Transcript(string type, string member, string sdk) => new(type, member, DataKind.Transcript, sdk);

    private static KnownSource Audio(string type, string member, string sdk) => new(type, member, DataKind.Audio, sdk);
}

/// <summary>One row of <see cref="KnownSources"/>: a member of an SDK type (by name pattern) and what it carries.</summary>
internal sealed record KnownSource(string TypePattern, string Member, DataKind Kind, string Sdk);
