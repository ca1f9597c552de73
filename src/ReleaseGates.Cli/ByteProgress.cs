namespace ReleaseGates.Cli;

/// <summary>A one-line progress display ("reading utterances: 120 of 950 MB (12 %)") rewritten in place on a terminal.</summary>
internal sealed class ByteProgress : IProgress<long>, IDisposable
{
    private readonly TextWriter _terminal;
    private readonly long _total;
    private int _width;

    public ByteProgress(TextWriter terminal, long total)
    {
        _terminal = terminal;
        _total = Math.Max(total, 1);
    }

    public void Report(long value)
    {
        var line = $"reading utterances: {value >> 20} of {_total >> 20} MB ({Math.Min(100, value * 100 / _total)} %)";
        _width = Math.Max(_width, line.Length);
        _terminal.Write("\r" + line.PadRight(_width));
    }

    /// <summary>Clears the line, so that what follows starts on a clean one.</summary>
    public void Dispose()
    {
        if (_width > 0)
        {
            _terminal.Write("\r" + new string(' ', _width) + "\r");
        }
    }
}
