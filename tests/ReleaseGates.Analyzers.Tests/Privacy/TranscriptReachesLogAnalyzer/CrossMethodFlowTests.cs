using Verify = ReleaseGates.Analyzers.Tests.Privacy.PrivacyVerifier<ReleaseGates.Analyzers.Privacy.TranscriptReachesLogAnalyzer>;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// Contract, privacy flow across methods of the same compilation: helpers that return or serialize their argument
/// carry its taint; a method whose parameter reaches a sink is a sink for its callers (reported at the call, naming the
/// method); local functions, lambdas and captured variables; loops; precision across methods.
/// </summary>
public sealed class CrossMethodFlowTests
{
    [Fact]
    public Task A_helper_that_returns_its_argument_carries_its_taint_and_one_that_returns_its_length_does_not() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                logger.LogInformation("{T}", {|RG1001:Normalize(result.Text)|});
                logger.LogInformation("{N}", Count(result.Text));
                logger.LogInformation("{T}", Normalize("hello"));
            }
            static string Normalize(string s) => s.Trim().ToLowerInvariant();
            static string Count(string s) => s.Length.ToString();
        }
        """);

    [Fact]
    public Task A_helper_that_serializes_a_whole_response_carries_its_transcript() => Verify.VerifyAsync("""
        using System.Text.Json;
        class C
        {
            private static string AsJson(object value) => JsonSerializer.Serialize(value);
            void M(ILogger logger, Microsoft.Extensions.AI.SpeechToTextResponse response, Whisper.net.SegmentData segment)
            {
                logger.LogDebug("Response {Json}", {|RG1001:AsJson(response)|});
                logger.LogDebug("Started at {Json}", AsJson(segment.Start));
            }
        }
        """);

    [Fact]
    public Task A_method_whose_parameter_reaches_a_log_is_a_sink_for_its_callers_and_is_named_at_the_call() => Verify.VerifyAsync(
        """
        class Audit
        {
            private readonly ILogger _logger;
            public Audit(ILogger logger) => _logger = logger;
            public void Record(string what, int count) => _logger.LogInformation("Heard {What} ({Count})", what, count);
        }
        class C
        {
            void M(Audit audit, SpeechRecognitionResult result)
            {
                audit.Record({|#0:result.Text|}, 1);
                audit.Record("session started", result.Text.Length);
            }
        }
        """,
        Verify.Diagnostic("RG1001").WithLocation(0).WithMessage(
            "Transcript 'result.Text' (from RecognitionResult.Text (Azure AI Speech)) reaches the log via Audit.Record (ILogger.LogInformation): pass its length or redact it ([Redacts])"));

    [Fact]
    public Task A_chain_of_methods_to_a_sink_is_followed_and_reported_where_the_transcript_enters() => Verify.VerifyAsync("""
        static class Telemetry
        {
            public static void Tag(Activity activity, string key, string value) => activity.SetTag(key, value);
            public static void Describe(Activity activity, string said) => Tag(activity, "said", said.Trim());
        }
        class C
        {
            void OnRecognized(Activity activity, SpeechRecognitionEventArgs e)
            {
                var text = e.Result.Text;
                Telemetry.Describe(activity, {|RG1001:text|});
                Telemetry.Describe(activity, e.Result.Reason.ToString());
            }
        }
        """);

    [Fact]
    public Task A_callee_whose_parameter_is_itself_a_source_reports_inside_not_again_at_each_call() => Verify.VerifyAsync("""
        class C
        {
            void Save(ILogger logger, string transcript) => logger.LogInformation("{T}", {|RG1001:transcript|});
            void M(ILogger logger, SpeechRecognitionResult result) => Save(logger, result.Text);
        }
        """);

    [Fact]
    public Task A_method_whose_parameter_reaches_an_exception_message_is_reported_by_RG1002_not_RG1001() => Verify.VerifyAsync("""
        class C
        {
            static void Require(bool ok, string detail) { if (!ok) throw new InvalidOperationException(detail); }
            void M(SpeechRecognitionResult result) => Require(result.Reason == ResultReason.RecognizedSpeech, result.Text);
        }
        """);

    [Fact]
    public Task A_local_function_and_a_lambda_that_log_their_parameter_are_sinks() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                void Print(string line) => Console.WriteLine(line);
                Print({|RG1001:result.Text|});
                Print(result.Reason.ToString());
                string Shout(string s) => s.ToUpperInvariant();
                logger.LogInformation({|RG1001:Shout(result.Text)|});
            }
        }
        """);

    [Fact]
    public Task Transcripts_collected_in_an_event_handler_into_a_captured_dictionary_are_followed_into_a_local_function() => Verify.VerifyAsync("""
        class C
        {
            event EventHandler<SpeechRecognitionEventArgs>? Recognized;
            void Run()
            {
                var finals = new Dictionary<int, string>();
                var offsets = new List<ulong>();
                var n = 0;
                Recognized += (s, e) => { finals[n++] = e.Result.Text; offsets.Add(e.Offset); };
                void Dump()
                {
                    Console.WriteLine(string.Join(" ", {|RG1001:finals.Values|}));
                    Console.WriteLine(string.Join(",", offsets));
                }
                Dump();
            }
        }
        """);

    [Fact]
    public Task A_write_later_in_a_loop_reaches_a_use_earlier_in_the_loop() => Verify.VerifyAsync("""
        class C
        {
            void M(ILogger logger, Whisper.net.SegmentData[] segments)
            {
                var previous = "";
                var previousStart = TimeSpan.Zero;
                foreach (var segment in segments)
                {
                    logger.LogInformation("After {Previous} at {Start}", {|RG1001:previous|}, previousStart);
                    previous = segment.Text;
                    previousStart = segment.Start;
                }
                var label = "";
                logger.LogInformation("{Label}", label);
                label = segments[0].Text;
            }
        }
        """);

    [Fact]
    public Task Lengths_counts_ids_languages_confidences_and_error_details_stay_clean_across_methods() => Verify.VerifyAsync("""
        class C
        {
            static int WordCount(string text) => text.Split(' ').Length;
            static string Language(SpeechRecognitionResult result) => "en-US";
            static string IdOf(SpeechRecognitionResult result) => result.ResultId;
            static double Confidence(DetailedSpeechRecognitionResult best) => best.Confidence;
            static string Describe(Exception error) => error.Message;
            void M(ILogger logger, SpeechRecognitionResult result, DetailedSpeechRecognitionResult best, Exception error)
            {
                logger.LogInformation("{Words} {Language} {Id} {Confidence} {Error}",
                    WordCount(result.Text), Language(result), IdOf(result), Confidence(best), Describe(error));
            }
        }
        """);

    [Fact]
    public Task A_hashing_helper_is_a_sanitizer_by_its_marking_not_by_its_name() => Verify.VerifyAsync("""
        using System.Security.Cryptography;
        static class Privacy
        {
            public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            [Redacts] public static string Pseudonymize(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }
        class C
        {
            void M(ILogger logger, SpeechRecognitionResult result)
            {
                logger.LogInformation("{Hash}", {|RG1001:Privacy.Hash(result.Text)|});
                logger.LogInformation("{Hash}", Privacy.Pseudonymize(result.Text));
            }
        }
        """);

    [Fact]
    public Task Recursion_does_not_hang_and_still_finds_the_leak() => Verify.VerifyAsync("""
        class C
        {
            static string Repeat(string s, int n) => n <= 0 ? s : Repeat(s + " " + s, n - 1);
            void M(ILogger logger, SpeechRecognitionResult result) => logger.LogInformation("{T}", {|RG1001:Repeat(result.Text, 2)|});
        }
        """);

    [Fact]
    public Task A_handler_subscribed_to_the_projects_own_event_receives_what_the_event_is_raised_with() => Verify.VerifyAsync("""
        sealed class SpeechToText
        {
            public event Action<string>? TranscriptionResult;
            public Action<string, int>? Progress;
            public void Recognized(Vosk.VoskRecognizer recognizer)
            {
                TranscriptionResult?.Invoke(recognizer.Result());
                Progress?.Invoke("step", 3);
            }
        }
        sealed class ResultText
        {
            public ResultText(SpeechToText speech)
            {
                speech.TranscriptionResult += OnResult;
                speech.Progress += OnProgress;
                speech.TranscriptionResult += text => Trace.WriteLine({|RG1001:text|});
            }
            private void OnResult(string result) => Console.WriteLine({|RG1001:result|});
            private void OnProgress(string stage, int percent) => Console.WriteLine(stage + percent);
        }
        """);

    [Fact]
    public Task A_field_written_in_one_method_carries_its_value_into_another() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        sealed class Recognition
        {
            private readonly ConcurrentQueue<string> _results = new();
            private readonly ConcurrentQueue<string> _statuses = new();
            private string _last = "";
            private string _model = "vosk-small";
            public void OnAudio(Vosk.VoskRecognizer recognizer)
            {
                _results.Enqueue(recognizer.Result());
                _statuses.Enqueue("listening");
                _last = recognizer.PartialResult();
            }
            public void Update(ILogger logger)
            {
                if (_results.TryDequeue(out var result))
                {
                    logger.LogInformation("{Result}", {|RG1001:result|});
                }
                if (_statuses.TryDequeue(out var status))
                {
                    logger.LogInformation("{Status}", status);
                }
                logger.LogDebug("{Last} with {Model}", {|RG1001:_last|}, _model);
            }
        }
        """);

    /// <summary>
    /// The first sink meets <c>text</c> 40 operators deep, and its 30-deep value past the depth limit: that evaluation is cut
    /// off and must not be remembered, or the second sink, which logs <c>text</c> itself, would be taken as clean.
    /// </summary>
    [Fact]
    public Task A_write_first_evaluated_past_the_depth_limit_is_not_remembered_as_clean() => Verify.VerifyAsync(
        "class C\n{\n    void M(ILogger logger, SpeechRecognitionResult result)\n    {\n"
        + "        var text = " + Nested("\"a\"", "result.Text", 30) + ";\n"
        + "        logger.LogInformation(\"{Deep}\", " + Nested("\"b\"", "text", 40) + ");\n"
        + "        logger.LogInformation(\"{Text}\", {|RG1001:text|});\n    }\n}\n");

    /// <summary><c>"a" + ("a" + (... + (inner)))</c>, <paramref name="levels"/> operators deep.</summary>
    private static string Nested(string left, string inner, int levels) =>
        string.Concat(Enumerable.Repeat(left + " + (", levels)) + inner + new string(')', levels);
}
