using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Tests.Rollback;

namespace ReleaseGates.Rollback.Benchmarks;

/// <summary>
/// A service-sized C# project: <see cref="Files"/> files of ordinary code (string handling, LINQ, collections, async
/// calls), each also holding a guarded model switch, an unguarded one and a flag read with a fallback default; the
/// package's attribute sources are compiled in, as in every consumer.
/// </summary>
internal static class GeneratedProject
{
    public const int Files = 200;

    public const string GatesJson = """
        {
          "release": { "baseline": "asr-clinical-v6", "candidate": "asr-clinical-v7", "rollback_flags": ["asr.clinical.v7"] },
          "baseline": "eval/baseline.json",
          "canary": "eval/canary.json",
          "budgets": { "wer": { "direction": "lower_is_better", "allowed_delta": 0.005 } }
        }
        """;

    public static CSharpCompilation Create()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(SdkStubs.Selectors, options, "/Stubs/Selectors.cs"),
            CSharpSyntaxTree.ParseText(SdkStubs.Flags, options, "/Stubs/Flags.cs"),
            CSharpSyntaxTree.ParseText(PackageAttributes(), options, "/Stubs/RollbackAttributes.cs"),
        };
        for (var i = 0; i < Files; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(File(i), options, $"/Service{i}.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Generated",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the generated project does not compile: " + errors[0]);
        }

        return compilation;
    }

    private static string PackageAttributes()
    {
        using var stream = typeof(GeneratedProject).Assembly.GetManifestResourceStream("RollbackAttributes.cs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string File(int i)
    {
        var code = new StringBuilder($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.CognitiveServices.Speech;
            using Microsoft.FeatureManagement;
            using OpenFeature;

            namespace Generated;

            public sealed class Service{{i}}(IFeatureManager features, IFeatureClient flags)
            {
                private readonly Dictionary<string, int> _counts = new();

                public async Task ConfigureAsync(SpeechConfig config)
                {
                    if (await features.IsEnabledAsync("asr.clinical.v7"))
                    {
                        config.EndpointId = "asr-clinical-v7";
                    }
                    else
                    {
                        config.EndpointId = "asr-clinical-v6";
                    }

                    var useVoice = await flags.GetBooleanValueAsync("tts.voice.v3", true);
                    config.SpeechSynthesisVoiceName = useVoice ? "clinical-voice-v3" : "clinical-voice-v2";
                }

                public void Pin(SpeechConfig config) => config.EndpointId = "asr-clinical-v6";

            """);
        for (var m = 0; m < 15; m++)
        {
            code.Append(CultureInfo.InvariantCulture, $$"""
                    public string Method{{m}}(IEnumerable<string> words, int limit)
                    {
                        var builder = new StringBuilder();
                        foreach (var word in words.Where(w => w.Length > {{m % 5}}).Take(limit))
                        {
                            _counts[word] = _counts.TryGetValue(word, out var count) ? count + 1 : 1;
                            if (word.StartsWith("x", StringComparison.Ordinal) && limit > {{m}})
                            {
                                builder.Append(word.ToUpperInvariant()).Append(',');
                            }
                            else
                            {
                                builder.AppendFormat("{0}:{1};", word, _counts[word]);
                            }
                        }

                        var total = _counts.Values.Sum() + Math.Max(limit, {{m}});
                        return builder.Length > 0 ? builder.ToString() + total : string.Empty;
                    }

                """);
        }

        return code.Append("}\n").ToString();
    }
}
