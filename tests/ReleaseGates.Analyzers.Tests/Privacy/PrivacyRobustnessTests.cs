using ReleaseGates.Analyzers.Privacy;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>An analyzer never throws: half-typed code, missing references and error types (AD0001 would fail these tests).</summary>
public sealed class PrivacyRobustnessTests
{
    public static TheoryData<string> HalfTypedCode => new()
    {
        "class C { void M(ILogger logger, SpeechRecognitionResult result) { logger.LogInformation($\"{result.",
        "class C { void M(ILogger logger, SpeechRecognitionResult result) { logger.LogInformation(result.Text, } }",
        "class C { void M(ILogger logger) { var text = Unknown.Result.Text; logger.LogInformation(text); } }",
        "class C { void M(ILogger logger, MissingType result) { logger.LogInformation(\"{T}\", result.Transcript); } }",
        "class C { void M(Missing.ILogger logger, SpeechRecognitionResult r) { logger.LogInformation(r.Text); } }",
        "class C { void M(ILogger logger, SpeechRecognitionResult r) { foreach (var (a, b) in r.Text) logger.LogInformation(a); } }",
        "class C { void M(ILogger logger, SpeechRecognitionResult r) { var (a, b) = r; logger.LogInformation(a + b); } }",
        "class C { string transcript = ; void M(ILogger logger) { logger.LogInformation(transcript); throw new Exception(transcript",
        "class C { void M(ILogger logger, SpeechRecognitionResult r) { var s = r.Text; s = s + s; s += s; logger.LogInformation(s[1..].Trim(; } }",
        "class C : EventSource { public void E(string transcript) => WriteEvent(1, transcript); }",
        "[LoggerMessage(1, LogLevel.Information, \"x\")] static partial void Log(ILogger l, string utterance);",
        "class C { void M(ILogger logger, SpeechRecognitionResult r) { Action a = () => logger.LogInformation(r.Text); a(); Func<string> f = () => { return r.Text; }; } }",
        "class C { C(string transcript) : base(transcript) { } }",
        "class E : Exception { E(string transcript) : base(transcript, ) { } }",
        "class C { static void P(System.IO.TextWriter w, string t) => w.WriteLine(t; void M(SpeechRecognitionResult r) { P(Console.Out, r.Text); P(Console.Out, ",
        "class C { static void P(Missing w, string t) => w.WriteLine(t); static void Q(System.IO.TextWriter w, string t) { P(w, t); Q(w, t); } void M(SpeechRecognitionResult r) => Q(Console.Error, r.Text); }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedCode))]
    public Task Transcript_rule_never_throws(string source) => PrivacyVerifier<TranscriptReachesLogAnalyzer>.VerifyNoCrashAsync(source);

    [Theory]
    [MemberData(nameof(HalfTypedCode))]
    public Task Exception_rule_never_throws(string source) => PrivacyVerifier<TranscriptInExceptionMessageAnalyzer>.VerifyNoCrashAsync(source);

    [Theory]
    [MemberData(nameof(HalfTypedCode))]
    public Task Audio_rule_never_throws(string source) => PrivacyVerifier<AudioReachesLogAnalyzer>.VerifyNoCrashAsync(source);

    [Fact]
    public Task Configured_lists_meet_lambdas_local_functions_and_delegates_without_throwing() =>
        PrivacyVerifier<TranscriptReachesLogAnalyzer>.VerifyNoCrashAsync(
            """
            class C
            {
                void M(ILogger logger, SpeechRecognitionResult r, Func<string, string> f)
                {
                    string Local(string s) => s.Trim();
                    Func<string, string> lambda = s => s;
                    logger.LogInformation(Local(r.Text) + lambda(r.Text) + f(r.Text));
                    Console.WriteLine(new Func<string>(() => r.Text)());
                }
            }
            """,
            "release_gates.sanitizer_methods = M:C.Unknown(System.String), Contoso.Missing\nrelease_gates.log_sinks = T:C, M:C.M\nrelease_gates.transcript_members = P:Nope.Nothing, F:C.x");

    [Fact]
    public Task Fields_events_and_methods_that_feed_each_other_in_a_cycle_end_without_overflowing_the_stack() =>
        PrivacyVerifier<TranscriptReachesLogAnalyzer>.VerifyNoCrashAsync(
            """
            class C
            {
                private string _a = "", _b = "";
                public event Action<string>? Heard;
                string Echo(string s) => Echo2(s + _a);
                string Echo2(string s) => Echo(s + _b);
                void M(ILogger logger, SpeechRecognitionResult r)
                {
                    _a = _b + r.Text;
                    _b = _a;
                    _a += _a;
                    Heard += OnHeard;
                    Heard?.Invoke(_b);
                    logger.LogInformation(Echo(_a));
                }
                void OnHeard(string text) { Heard?.Invoke(text + _a); Console.WriteLine(text); }
            }
            """);

    /// <summary>Thirty strings that feed each other in a loop: each write is followed once per evaluation, not once per path.</summary>
    [Fact(Timeout = 60_000)]
    public async Task Variables_that_feed_each_other_in_a_loop_are_followed_in_linear_time()
    {
        const int count = 30;
        var declarations = string.Join(", ", Enumerable.Range(1, count).Select(i => $"v{i} = \"\""));
        var loop = string.Concat(Enumerable.Range(1, count).Select(i => $"v{i} = v{i - 1} + v{(i % count) + 1}; "));
        await PrivacyVerifier<TranscriptReachesLogAnalyzer>.VerifyAsync(
            "class C { void M(ILogger logger, SpeechRecognitionResult r, int n) { string v0 = r.Text, " + declarations + "; "
            + "for (var i = 0; i < n; i++) { " + loop + "} logger.LogInformation({|RG1001:v" + count + "|}); } }");
    }

    [Fact]
    public async Task A_very_long_concatenation_is_analyzed_without_overflowing_the_stack()
    {
        var terms = string.Join(" + ", Enumerable.Repeat("r.Text", 3000));
        await PrivacyVerifier<TranscriptReachesLogAnalyzer>.VerifyNoCrashAsync(
            "class C { void M(ILogger logger, SpeechRecognitionResult r) { var s = " + terms + "; Console.WriteLine(s.Length); } }");
    }
}
