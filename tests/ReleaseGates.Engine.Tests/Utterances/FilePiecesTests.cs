using System.Globalization;
using System.Text;
using ReleaseGates.Engine.Utterances;
using static ReleaseGates.Engine.Tests.Utterances.UtteranceCorpus;

namespace ReleaseGates.Engine.Tests.Utterances;

public sealed class FilePiecesTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Pieces_hold_every_line_once_and_number_them_as_the_whole_file_once_the_lines_before_are_added(int cores)
    {
        var text = new StringBuilder("\uFEFF{\"id\": \"first\"}\r\n\n");
        for (var i = 0; i < 60; i++)
        {
            text.Append(i == 17 ? new string('x', 900) : $"line {i} {new string('y', i % 13)}").Append(i % 5 == 0 ? "\r\n" : "\n");
            if (i % 11 == 0)
            {
                text.Append('\n'); // a blank line
            }
        }

        text.Append("last line without a break");
        var file = _workspace.Write("u.jsonl", text.ToString()).PathOf("u.jsonl");

        var pieces = FilePieces.Plan([file], cores, smallestPiece: 40);

        Assert.True(pieces.Length >= 4, $"{pieces.Length} pieces");
        Assert.Equal(0, pieces[0].LinesBefore);
        Assert.All(pieces.Skip(1), piece => Assert.Equal(FilePiece.NotCounted, piece.LinesBefore));

        // What the merge does: a piece's lines come after those of the pieces before it.
        var numbered = new List<(int Line, string Text)>();
        foreach (var piece in pieces)
        {
            var linesBefore = numbered.Count == 0 ? 0 : numbered[^1].Line;
            numbered.AddRange(LinesOf(file, piece).Select(line => (line.Line + (piece.LinesBefore == FilePiece.NotCounted ? linesBefore : 0), line.Text)));
        }

        Assert.Equal(LinesOf(file, FilePiece.Whole(0)), numbered);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void The_last_piece_of_each_core_is_cut_in_quarters_so_that_the_cores_finish_together(int cores)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 800; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"utt-{i:D5}\", \"reference\": \"{new string('a', 80)}\"}}\n");
        }

        var file = _workspace.Write("u.jsonl", text.ToString()).PathOf("u.jsonl");

        var lengths = PieceLengths(FilePieces.Plan([file], cores, smallestPiece: 40), file);

        var coarse = lengths[0];
        Assert.Equal(4 * cores, lengths.Count(length => length < coarse / 2));
        Assert.All(lengths.TakeLast(4 * cores), length => Assert.InRange(length, (coarse / 4) - 200, (coarse / 4) + 200));
    }

    [Fact]
    public void A_small_last_shard_counts_as_one_of_the_last_pieces()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 800; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"utt-{i:D5}\", \"reference\": \"{new string('a', 80)}\"}}\n");
        }

        _workspace.Write("a.jsonl", text.ToString()).Write("b.jsonl", Lines(Utterance("b", "x", "x")));

        var pieces = FilePieces.Plan([_workspace.PathOf("a.jsonl"), _workspace.PathOf("b.jsonl")], cores: 2, smallestPiece: 40);

        Assert.Equal(FilePiece.Whole(1), pieces[^1]);
        var lengths = PieceLengths(pieces.Where(piece => piece.FileIndex == 0).ToArray(), _workspace.PathOf("a.jsonl"));
        Assert.Equal(4, lengths.Count(length => length < lengths[0] / 2)); // one core's last piece, in quarters
        Assert.All(lengths.TakeLast(4), length => Assert.InRange(length, (lengths[0] / 4) - 200, (lengths[0] / 4) + 200));
    }

    private static long[] PieceLengths(FilePiece[] pieces, string file)
    {
        var size = new FileInfo(file).Length;
        var lengths = pieces.Select(piece => Math.Min(piece.End, size) - piece.Start).ToArray();
        Assert.Equal(size, lengths.Sum());
        return lengths;
    }

    [Fact]
    public void A_file_too_small_to_cut_and_a_parquet_file_are_one_piece_each()
    {
        _workspace.Write("a.jsonl", Lines(Utterance("a", "x", "x"))).Write("b.parquet", "not read here");

        var pieces = FilePieces.Plan([_workspace.PathOf("a.jsonl"), _workspace.PathOf("b.parquet"), _workspace.PathOf("missing.jsonl")], cores: 2);

        Assert.Equal([FilePiece.Whole(0), FilePiece.Whole(1), FilePiece.Whole(2)], pieces);
    }

    [Fact]
    public void A_large_file_read_in_pieces_gives_its_errors_at_the_lines_of_the_whole_file()
    {
        const int Lines = 24_000; // about 11 MB: cut into pieces, read in parallel
        var text = new StringBuilder();
        for (var i = 1; i <= Lines; i++)
        {
            var id = i == 20_000 ? "utt-7" : $"utt-{i}";
            text.Append(Line(new { id, reference = $"take {i} tablets of metformin {new string('a', 400)}", hypothesis = "take tablets" })).Append('\n');
        }

        _workspace.Write("eval/big.jsonl", text.ToString());
        Assert.True(FilePieces.Plan([_workspace.PathOf("eval/big.jsonl")], cores: 2).Length > 1);

        var error = ReadError(_workspace, "eval/big.jsonl");

        Assert.Equal(20_000, error.Position.Line);
        Assert.Contains("line 7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_inside_a_later_piece_and_the_line_it_names_are_numbered_as_in_the_whole_file()
    {
        var text = BigFile(line => line switch
        {
            19_990 => new { handoff = true },
            20_000 => new { handoff = (object)3.5 },
            _ => null,
        });
        _workspace.Write("eval/big.jsonl", text);

        var error = ReadError(_workspace, "eval/big.jsonl");

        Assert.Equal(20_000, error.Position.Line);
        Assert.Contains("on line 19990 of this file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_that_changes_kind_between_pieces_is_reported_at_the_lines_of_the_whole_file()
    {
        _workspace.Write("eval/big.jsonl", BigFile(line => line switch
        {
            5 => new { handoff = true },
            20_000 => new { handoff = (object)3.5 },
            _ => null,
        }));

        var error = ReadError(_workspace, "eval/big.jsonl");

        Assert.Equal(20_000, error.Position.Line);
        Assert.Contains("big.jsonl line 5.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_file_read_in_pieces_gives_what_its_lines_give_read_one_by_one()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 24_000; i++)
        {
            var hypothesis = i % 3 == 0 ? "take tablets" : $"take {i} tablets of metformin";
            text.Append(Line(new { id = $"utt-{i}", reference = $"take {i} tablets of metformin {new string('a', 400)}", hypothesis, slices = new[] { $"tenant:{i % 7}" } })).Append('\n');
        }

        _workspace.Write("eval/big.jsonl", text.ToString());

        var set = Read(_workspace, "eval/big.jsonl");

        Assert.Equal(Enumerable.Range(1, 24_000), set.Records.ToArray().Select(record => record.Line));
        Assert.Equal(Enumerable.Range(1, 24_000).Select(i => $"utt-{i}"), Enumerable.Range(0, set.Count).Select(set.Ids.GetString));
        Assert.Equal(Enumerable.Range(1, 24_000).Sum(i => i % 3 == 0 ? 4 : 1), set.Records.ToArray().Sum(record => record.Score.Edits));
    }

    /// <summary>24,000 lines of about 450 bytes (cut into pieces), with the measures <paramref name="measures"/> gives a line.</summary>
    private static string BigFile(Func<int, object?> measures)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 24_000; i++)
        {
            var reference = $"take {i} tablets of metformin {new string('a', 400)}";
            text.Append(measures(i) is { } m ? Line(new { id = $"utt-{i}", reference, hypothesis = "take tablets", measures = m }) : Line(new { id = $"utt-{i}", reference, hypothesis = "take tablets" })).Append('\n');
        }

        return text.ToString();
    }

    private static List<(int Line, string Text)> LinesOf(string file, FilePiece piece)
    {
        using var stream = File.OpenRead(file);
        var reader = new JsonLinesReader(stream, piece);
        var lines = new List<(int, string)>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add((reader.LineNumber, Encoding.UTF8.GetString(line)));
        }

        return lines;
    }
}
