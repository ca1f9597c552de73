using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReleaseGates.Analyzers.Privacy;
using ReleaseGates.Analyzers.Tests.Verifiers;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>
/// Code with no speech SDK and nothing named for speech (flow across methods off): a body is evaluated only when it names
/// something speech- or audio-like, and what it does not name can still carry content — a whole object of a carrier
/// type, a referenced assembly's recognition result — and is still found. No SDK stubs here: they would turn flow on.
/// </summary>
public sealed class NothingToFindTests
{
    [Fact]
    public Task A_parameter_named_for_a_transcript_is_still_found_where_nothing_else_can_carry_one() =>
        AnalyzerVerifier<TranscriptReachesLogAnalyzer>.VerifyAsync("""
            using System;
            class C
            {
                void M(string transcript, string user)
                {
                    Console.WriteLine({|RG1001:transcript|});
                    Console.WriteLine(user);
                    Action<string> print = heardText => Console.WriteLine({|RG1001:heardText|});
                }

                void Plain(string message, int count) => Console.WriteLine(message + count);
            }
            """);

    [Fact]
    public Task A_whole_object_whose_type_carries_audio_is_found_in_a_body_that_names_nothing_audio_like() =>
        AnalyzerVerifier<AudioReachesLogAnalyzer>.VerifyAsync("""
            using System;
            class Frame { public byte[] PcmSamples { get; set; } = Array.Empty<byte>(); }
            class C
            {
                void M(Frame frame, string note)
                {
                    Console.WriteLine({|RG1003:frame|});
                    Console.WriteLine(note);
                }
            }
            """);

    [Fact]
    public async Task The_text_of_a_referenced_assemblys_recognition_result_is_found_in_a_body_that_names_nothing_speech_like()
    {
        var test = AnalyzerVerifier<TranscriptReachesLogAnalyzer>.Create("""
            using System;
            class C
            {
                void M(Contoso.Client client)
                {
                    var result = client.Get();
                    Console.WriteLine({|RG1001:result.Text|});
                    Console.WriteLine(result.Id);
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(Library("Contoso.Models", """
            namespace Contoso
            {
                public class AsrResult { public string Text { get; set; } = ""; public string Id { get; set; } = ""; }
                public class Client { public AsrResult Get() => new AsrResult(); }
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_referenced_assembly_with_nothing_named_for_speech_does_not_make_bodies_evaluated_and_finds_nothing()
    {
        var test = AnalyzerVerifier<TranscriptReachesLogAnalyzer>.Create("""
            using System;
            class C
            {
                void M(Contoso.Client client) => Console.WriteLine(client.Get().Text);
            }
            """);
        test.TestState.AdditionalReferences.Add(Library("Contoso.Models", """
            namespace Contoso
            {
                public class SearchResult { public string Text { get; set; } = ""; }
                public class Client { public SearchResult Get() => new SearchResult(); }
            }
            """));
        await test.RunAsync();
    }

    private static PortableExecutableReference Library(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
