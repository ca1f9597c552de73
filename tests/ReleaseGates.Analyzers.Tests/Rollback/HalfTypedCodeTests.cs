using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReleaseGates.Analyzers.Configuration;
using ReleaseGates.Analyzers.Rollback;

namespace ReleaseGates.Analyzers.Tests.Rollback;

/// <summary>
/// The rollback and gates.json analyzers never throw on code that is half typed (missing expressions, unknown types
/// and members, unbalanced braces) nor on a gates.json that is half written: an exception would surface as AD0001
/// and silence every rule.
/// </summary>
public sealed class HalfTypedCodeTests
{
    public static TheoryData<string> HalfTypedSources => new()
    {
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = } }",
        "class C { object M(OpenAI.OpenAIClient c) => c.GetChatClient( }",
        "class C { object M() => new OpenAI.Chat.ChatClient(\"gpt", 
        "class C { void M(UnknownConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "class C { object M(OpenAI.OpenAIClient c) => c.GetChatClient(UnknownModels.Candidate); }",
        "class C { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { if (await f.IsEnabledAsync( { c.EndpointId = \"asr-v7\"; } } }",
        "class C { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IVariantFeatureManager f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { var v = await f.GetVariantAsync(\"x\"); switch (v.) { case : c.EndpointId = \"asr-v7\"; } } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = x switch { \"a\" => \"asr-v7\", => } ; } }",
        "class C { async System.Threading.Tasks.Task M(OpenFeature.IFeatureClient f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { var m = await f.GetStringValueAsync(\"asr.model\", ); c.EndpointId = m; } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { string m; if (!undefinedFlag) return; m = \"asr-v7\"; c.EndpointId = m; } }",
        "[ReleaseGates.RollbackFlag(] class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate(UnknownFlags.X)] class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { c.EndpointId = \"asr-v7\"; } }",
        "class C { void M(Microsoft.CognitiveServices.Speech.SpeechConfig c) { var (a, b) = (\"asr-v7\", 1); c.EndpointId = a; c.EndpointId = Models.; } }",
        "class C { [ReleaseGates.ModelSelector] void Load(string) { } void M() => Load(\"asr-v7\"",
    };

    public static TheoryData<string> HalfWrittenGatesFiles => new()
    {
        "",
        "{",
        "{ \"release\": { \"rollback_flags\": [\"asr.v7\", ",
        "{ \"release\": { \"rollback_flags\": [null, 1, {}] }, \"budgets\": { \"wer\": { \"direction\": } } }",
        "\"just a string\"",
        "{ \"budgets\": { \"wer\": { \"direction\": \"lower_is_better\", \"allowed_delta\": -1e400 } } }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedSources))]
    public async Task Half_typed_code_never_throws(string source)
    {
        var exceptions = await RunAllAsync(source, RollbackVerifier<HardCodedModelSelectionAnalyzer>.GatesJson);

        Assert.Empty(exceptions);
    }

    [Theory]
    [MemberData(nameof(HalfWrittenGatesFiles))]
    public async Task A_half_written_gates_json_never_throws(string gatesJson)
    {
        var exceptions = await RunAllAsync(
            "class C { async System.Threading.Tasks.Task M(OpenFeature.IFeatureClient f, Microsoft.CognitiveServices.Speech.SpeechConfig c) { if (await f.GetBooleanValueAsync(\"asr.v7\", true)) c.EndpointId = \"asr-v7\"; } }",
            gatesJson);

        Assert.Empty(exceptions);
    }

    private static async Task<List<string>> RunAllAsync(string source, string gatesJson)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(source, parseOptions, "/Test.cs"),
            CSharpSyntaxTree.ParseText(SdkStubs.Selectors, parseOptions, "/Stubs/Selectors.cs"),
            CSharpSyntaxTree.ParseText(SdkStubs.Flags, parseOptions, "/Stubs/Flags.cs"),
            CSharpSyntaxTree.ParseText(PackageAttributes.Rollback, parseOptions, "/Stubs/RollbackAttributes.cs"),
        };
        var compilation = CSharpCompilation.Create(
            "HalfTyped",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var exceptions = new List<string>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new HardCodedModelSelectionAnalyzer(),
            new UndeclaredRollbackFlagAnalyzer(),
            new FlagFallbackEnablesCandidateAnalyzer(),
            new InvalidGatesFileAnalyzer());
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/gates.json", gatesJson)));
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return exceptions;
    }

    private sealed class InMemoryAdditionalText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }
}
