using System.Collections.Immutable;

namespace ReleaseGates.Analyzers.Privacy;

/// <summary>
/// Whether an identifier says it holds a transcript (transcript, recognizedText, utterance, hypothesis) or raw
/// audio (audioBytes, pcmStream), and not something *about* one (transcriptId, utteranceCount, audioFormat).
/// Identifiers are split into words at '_' and case changes: "m_recognizedText" is "m recognized text".
/// </summary>
internal static class NameHeuristics
{
    /// <summary>Words that alone say transcript.</summary>
    private static readonly ImmutableHashSet<string> TranscriptWords = Words(
        "transcript", "transcripts", "transcription", "transcriptions", "transcribed",
        "utterance", "utterances", "hypothesis", "hypotheses", "dictation", "dictated");

    /// <summary>Words that say transcript when a text word follows or precedes them: recognizedText, spokenPhrase, speechText.</summary>
    private static readonly ImmutableHashSet<string> SpeechWords = Words(
        "recognized", "recognised", "spoken", "speech", "asr", "stt", "said", "heard");

    private static readonly ImmutableHashSet<string> TextWords = Words(
        "text", "texts", "phrase", "phrases", "words", "sentence", "sentences", "string", "str", "speech", "input", "output");

    private static readonly ImmutableHashSet<string> AudioWords = Words(
        "audio", "pcm", "wav", "wave", "mp3", "ogg", "opus", "flac", "recording", "samples", "voice", "speech", "microphone", "mic");

    /// <summary>Words that say the value is about the content, not the content: ids, counts, lengths, languages, confidences...</summary>
    private static readonly ImmutableHashSet<string> AboutWords = Words(
        "id", "ids", "identifier", "guid", "key", "keys", "hash", "checksum", "etag",
        "count", "counts", "num", "number", "total", "length", "len", "size", "chars", "characters",
        "language", "languages", "lang", "locale", "culture",
        "confidence", "confidences", "score", "scores", "probability", "accuracy", "quality",
        "duration", "offset", "start", "end", "time", "timestamp", "ticks", "ms", "millis", "seconds", "latency", "rate",
        "status", "state", "reason", "kind", "type", "format", "formats", "mode", "encoding", "codec", "channel", "channels",
        "url", "uri", "path", "file", "filename", "dir", "directory", "folder", "blob", "container", "bucket", "location", "endpoint",
        "name", "label", "index", "idx", "version", "model", "enabled", "flag", "level", "speaker",
        "template", "pattern", "prefix", "suffix", "separator", "delimiter", "header", "column", "topic", "queue", "event",
        "metric", "tag", "category", "option", "options", "setting", "settings", "config", "provider", "service", "client");

    /// <summary>Every identifier that says transcript contains one of these (in any case): one without is answered without splitting it.</summary>
    private static readonly StemSet TranscriptStems = new("transcri", "utteranc", "hypoth", "dictat", "recogni", "spoken", "speech", "asr", "stt", "said", "heard");

    /// <summary>Every type name that says recognition output contains one of these (in any case).</summary>
    private static readonly StemSet RecognitionStems = new("speech", "asr", "stt", "recogni", "transcri", "dictat", "voice", "spoken", "whisper");

    /// <summary>Every identifier that says audio contains one of these (in any case).</summary>
    private static readonly StemSet AudioStems = new("audio", "pcm", "wav", "mp3", "ogg", "opus", "flac", "recording", "samples", "voice", "speech", "mic");

    /// <summary>Every stem above, once: an identifier that says transcript, audio or recognition output contains one of them.</summary>
    public static readonly string[] AllStems = TranscriptStems.Stems.Concat(RecognitionStems.Stems).Concat(AudioStems.Stems).Distinct().ToArray();

    public static bool SaysTranscript(string identifier)
    {
        if (!TranscriptStems.IsIn(identifier))
        {
            return false;
        }

        var words = Split(identifier);
        if (words.Count == 0 || ContainsAny(words, AboutWords))
        {
            return false;
        }

        if (ContainsAny(words, TranscriptWords))
        {
            return true;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (SpeechWords.Contains(words[i]) && (Has(words, i - 1, TextWords) || Has(words, i + 1, TextWords)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say a type holds recognition output when a speech word stands beside them: AsrResult, SpeechRecognitionResponse.</summary>
    private static readonly ImmutableHashSet<string> ResultWords = Words(
        "result", "results", "response", "responses", "output", "alternative", "alternatives", "segment", "segments",
        "hypothesis", "update", "event", "message", "chunk", "turn", "phrase", "utterance", "data");

    /// <summary>Words that, beside a result word, say speech recognition (an "IntentRecognitionResult" of a speech SDK has text too).</summary>
    private static readonly ImmutableHashSet<string> RecognitionWords = Words(
        "speech", "asr", "stt", "recognition", "recognized", "recognised", "recognizer", "transcription", "transcript",
        "transcriber", "dictation", "voice", "spoken", "whisper");

    /// <summary>
    /// Recognition of something other than speech (images, faces, handwriting, printed text), and speech synthesis: a
    /// SpeechSynthesisWordBoundaryEventArgs' Text is what the app speaks, not what it heard.
    /// </summary>
    private static readonly ImmutableHashSet<string> NotSpeechWords = Words(
        "image", "images", "face", "faces", "handwriting", "ocr", "vision", "document", "object", "barcode", "plate", "gesture", "printed",
        "synthesis", "synthesizer", "synthesizing", "synthesized", "tts");

    /// <summary>The text members a result type shows its transcript in.</summary>
    private static readonly ImmutableHashSet<string> TextMembers = Words(
        "Text", "Transcript", "DisplayText", "Display", "Content", "Value", "Body", "Words", "Phrase", "Utterance", "Hypothesis",
        "RecognizedText", "TranscriptText", "Lexical", "LexicalForm", "NormalizedText", "FinalText", "PartialText");

    /// <summary>
    /// The text member of a type whose name says it holds a transcript or speech recognition output: <c>Utterance.Text</c>,
    /// <c>TranscriptSegment.Content</c>, a team's own <c>AsrResult.Text</c> or <c>SpeechRecognitionResponse.DisplayText</c>
    /// (not <c>SearchResult.Text</c>, <c>HttpResult.Content</c>, <c>ValidationResult.Value</c>).
    /// </summary>
    public static bool IsTextMemberOfTranscriptType(string memberName, string typeName) =>
        TextMembers.Contains(memberName) && (SaysTranscript(typeName) || SaysRecognitionOutput(typeName));

    /// <summary>RecognitionResult, AsrResult, SpeechResult, SttResponse, TranscriptionResult, SpeechRecognitionEvent.</summary>
    public static bool SaysRecognitionOutput(string typeName)
    {
        if (!RecognitionStems.IsIn(typeName))
        {
            return false;
        }

        var words = Split(typeName);
        return ContainsAny(words, ResultWords) && ContainsAny(words, RecognitionWords) && !ContainsAny(words, NotSpeechWords);
    }

    public static bool SaysAudio(string identifier)
    {
        if (!AudioStems.IsIn(identifier))
        {
            return false;
        }

        var words = Split(identifier);
        return words.Count > 0 && !ContainsAny(words, AboutWords) && ContainsAny(words, AudioWords);
    }

    /// <summary>Lower-case words of an identifier: "_recognizedText" and "RECOGNIZED_TEXT" are both "recognized", "text".</summary>
    internal static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= identifier.Length; i++)
        {
            var boundary = i == identifier.Length
                || !char.IsLetterOrDigit(identifier[i])
                || (i > 0 && char.IsUpper(identifier[i]) && char.IsLower(identifier[i - 1]))
                || (i > 0 && i + 1 < identifier.Length && char.IsUpper(identifier[i]) && char.IsUpper(identifier[i - 1]) && char.IsLower(identifier[i + 1]))
                || (i > 0 && char.IsDigit(identifier[i]) != char.IsDigit(identifier[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(identifier.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }

            if (i < identifier.Length && char.IsLetterOrDigit(identifier[i]) && start < 0)
            {
                start = i;
            }
        }

        // Hungarian-style prefixes on fields (m_text, s_text) are not words of the name.
        if (words.Count > 1 && words[0] is "m" or "s")
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static bool ContainsAny(List<string> words, ImmutableHashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(List<string> words, int index, ImmutableHashSet<string> set) =>
        index >= 0 && index < words.Count && set.Contains(words[index]);

    private static ImmutableHashSet<string> Words(params string[] words) => ImmutableHashSet.Create(System.StringComparer.Ordinal, words);
}
