using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class ShardPatternTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public ShardPatternTests()
    {
        foreach (var file in new[] { "eval/b.jsonl", "eval/a.jsonl", "eval/a.txt", "eval/10.jsonl", "eval/part/x.jsonl", "eval/part/deep/y.jsonl" })
        {
            _workspace.Write(file, "{}\n");
        }
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void A_path_without_wildcards_names_one_file()
    {
        Assert.Equal([_workspace.PathOf("eval/a.jsonl")], ShardPattern.Expand(_workspace.Directory, "eval/a.jsonl"));
    }

    [Fact]
    public void A_star_matches_within_one_folder_in_ordinal_order()
    {
        Assert.Equal(Relative("eval/10.jsonl", "eval/a.jsonl", "eval/b.jsonl"), Expand("eval/*.jsonl"));
    }

    [Fact]
    public void A_question_mark_matches_one_character()
    {
        Assert.Equal(Relative("eval/a.jsonl", "eval/b.jsonl"), Expand("eval/?.jsonl"));
    }

    [Fact]
    public void A_double_star_matches_any_number_of_folders_including_none()
    {
        Assert.Equal(
            Relative("eval/10.jsonl", "eval/a.jsonl", "eval/b.jsonl", "eval/part/deep/y.jsonl", "eval/part/x.jsonl"),
            Expand("eval/**/*.jsonl"));
    }

    [Fact]
    public void Backslashes_separate_folders_like_slashes()
    {
        Assert.Equal(Relative("eval/part/x.jsonl"), Expand(@"eval\part\*.jsonl"));
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_an_error_that_says_so()
    {
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => Expand("eval/*.csv")).Errors);
        Assert.Contains("No file matches the pattern \"eval/*.csv\"", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error_that_says_what_to_do()
    {
        var error = Assert.Single(Assert.Throws<InvalidInputException>(() => Expand("eval/missing.jsonl")).Errors);
        Assert.Equal(_workspace.PathOf("eval/missing.jsonl"), error.FilePath);
        Assert.Contains("does not exist", error.Message);
    }

    private IReadOnlyList<string> Expand(string pattern) => ShardPattern.Expand(_workspace.Directory, pattern);

    private string[] Relative(params string[] files) => files.Select(_workspace.PathOf).Select(Path.GetFullPath).ToArray();
}
