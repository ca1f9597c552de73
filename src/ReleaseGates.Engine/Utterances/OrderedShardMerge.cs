using System.Collections.Concurrent;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Merges shards into one <see cref="UtteranceSet"/> in reading order as they are read, by whichever reading thread
/// completes the next one in order: a shard is let go as soon as it is merged, so a side's utterances are held twice
/// only a few shards at a time, not all at once. The result, and the first error, are those of reading the pieces one
/// after the other: a shard's error is raised after its records, and nothing after it is merged. A piece whose lines
/// were numbered from its start is numbered here as in its file, after the lines of the pieces before it.
/// </summary>
internal sealed class OrderedShardMerge
{
    private readonly IReadOnlyList<string> _files;
    private readonly UtteranceSet _set;
    private readonly UtteranceShard?[] _completed;
    private readonly int[] _linesMerged;
    private readonly ConcurrentBag<UtteranceShard> _merged = [];
    private readonly object _gate = new();
    private int _next;
    private volatile InvalidInputException? _error;

    public OrderedShardMerge(IReadOnlyList<string> files, UtteranceSet set, int shards)
    {
        _files = files;
        _set = set;
        _completed = new UtteranceShard?[shards];
        _linesMerged = new int[files.Count];
    }

    /// <summary>Whether reading has failed: shards still to be read would not be merged.</summary>
    public bool Failed => _error is not null;

    /// <summary>A shard already merged, emptied for <paramref name="piece"/>, or a new one: a side read piece by piece
    /// reuses the arrays of the few shards in flight instead of leaving every piece's behind.</summary>
    public UtteranceShard ShardFor(FilePiece piece, bool keepDigests)
    {
        var capacity = piece.Lines < 0 ? 1024 : piece.Lines;
        if (_merged.TryTake(out var shard))
        {
            shard.Reuse(piece.FileIndex, capacity);
            return shard;
        }

        return new UtteranceShard(piece.FileIndex, keepDigests, capacity);
    }

    public void Complete(int index, UtteranceShard shard)
    {
        lock (_gate)
        {
            _completed[index] = shard;
            while (_error is null && _next < _completed.Length && _completed[_next] is { } ready)
            {
                _completed[_next++] = null;
                if (ready.LinesBefore == FilePiece.NotCounted)
                {
                    ready.NumberFromLine(_linesMerged[ready.FileIndex]);
                }

                _linesMerged[ready.FileIndex] = ready.LinesBefore + ready.LinesRead;
                try
                {
                    _set.Add(ready);
                }
                catch (InvalidInputException exception)
                {
                    _error = exception;
                    break;
                }

                _error = ready.Error;
                _merged.Add(ready);
            }
        }
    }

    /// <exception cref="InvalidInputException">The first error in reading order; or there are no utterances at all.</exception>
    public UtteranceSet Result()
    {
        if (_error is { } error)
        {
            throw error;
        }

        return _set.Count > 0 ? _set : throw NoUtterances(_files);
    }

    /// <summary>An empty evaluation is a pipeline that failed to write one: it must not pass as metrics of nothing.</summary>
    private static InvalidInputException NoUtterances(IReadOnlyList<string> files) =>
        new(files[0], 0, 0, files.Count == 1
            ? "There are no utterances in this file. Check that the evaluation step wrote its results."
            : $"There are no utterances in this file or in the {files.Count - 1} other file{(files.Count == 2 ? string.Empty : "s")} read with it. Check that the evaluation step wrote its results.");
}
