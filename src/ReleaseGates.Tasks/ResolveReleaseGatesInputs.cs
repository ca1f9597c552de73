using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using ReleaseGates.Engine;

namespace ReleaseGates.Tasks;

/// <summary>
/// Lists the files the gate reads (gates.json and the evaluation outputs it names), each with its size and last
/// write time. The evaluation target compares them, not just timestamps: an evaluation file copied with its old time
/// (cp -p, tar, rsync -a, a CI artifact) is older than the last report yet holds a new result. Sizes and times, not
/// hashes: shards can be gigabytes, and this runs on every build.
/// </summary>
public sealed class ResolveReleaseGatesInputs : ReleaseGatesTask
{
    [Required]
    public string GatesFile { get; set; } = string.Empty;

    /// <summary>Each file, with metadata <c>Length</c> (bytes, -1 when absent) and <c>LastWriteTicks</c> (UTC).</summary>
    [Output]
    public ITaskItem[] InputFiles { get; private set; } = [];

    protected override void ExecuteCore() =>
        InputFiles = ReleaseGate.InputFiles(GatesFile).Select(Describe).ToArray();

    private static ITaskItem Describe(string path)
    {
        var file = new FileInfo(path);
        var item = new TaskItem(path);
        item.SetMetadata("Length", (file.Exists ? file.Length : -1).ToString(CultureInfo.InvariantCulture));
        item.SetMetadata("LastWriteTicks", (file.Exists ? file.LastWriteTimeUtc.Ticks : 0).ToString(CultureInfo.InvariantCulture));
        return item;
    }
}
