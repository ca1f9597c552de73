using ReleaseGates.CodeFixes.Privacy;

namespace ReleaseGates.CodeFixes.Tests.Privacy;

public sealed class MessageTemplatesTests
{
    [Theory]
    [InlineData("Recognized {Text}", 0, "Recognized {TextLength}")]
    [InlineData("{Id} said {Text:l} at {Time}", 1, "{Id} said {TextLength:l} at {Time}")]
    [InlineData("{{literal}} {@Result}", 0, "{{literal}} {@ResultLength}")]
    [InlineData("Already {TextLength}", 0, "Already {TextLength}")]
    public void Renames_the_named_placeholder_at_the_index(string template, int index, string expected) =>
        Assert.Equal(expected, MessageTemplates.RenameToLength(template, index, "Length"));

    [Theory]
    [InlineData("Recognized {0}", 0)]
    [InlineData("No placeholders", 0)]
    [InlineData("Only {One}", 1)]
    public void Leaves_positional_and_missing_placeholders_alone(string template, int index) =>
        Assert.Null(MessageTemplates.RenameToLength(template, index, "Length"));
}
