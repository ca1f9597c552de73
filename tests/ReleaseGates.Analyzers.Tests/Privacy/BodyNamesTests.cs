using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReleaseGates.Analyzers.Privacy;

namespace ReleaseGates.Analyzers.Tests.Privacy;

/// <summary>Whether a body names something speech-like: the same answer for a body in ASCII and one with other letters in it.</summary>
public sealed class BodyNamesTests
{
    [Theory]
    [InlineData("var recognizedText = Read(); Log(recognizedText);", true)]
    [InlineData("var logger = Create(); logger.Log(\"oggy\");", false)]
    [InlineData("var pcmBuffer = Read(); Log(pcmBuffer);", true)]
    [InlineData("var transcriptId = Next(); Log(transcriptId);", false)]
    [InlineData("Log(audioBytes);", true)]
    public void A_body_names_a_source_whatever_letters_its_comments_hold(string statements, bool names)
    {
        Assert.Equal(names, BodyNames.MayNameSource(Body(statements)));
        Assert.Equal(names, BodyNames.MayNameSource(Body(statements + " // Übergabe, naïve")));
    }

    private static BlockSyntax Body(string statements) =>
        CSharpSyntaxTree.ParseText("class C { void M() { " + statements + " } }").GetRoot().DescendantNodes().OfType<BlockSyntax>().First();
}
