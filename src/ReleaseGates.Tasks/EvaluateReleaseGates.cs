using System.Reflection;
using System.Text;
using Microsoft.Build.Framework;
using ReleaseGates.Engine;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Tasks;

/// <summary>
/// Runs the gate and writes the JSON and Markdown reports. It logs no diagnostics itself: ReportReleaseGates does,
/// from the JSON report, so that a skipped (up-to-date) evaluation reports exactly what a fresh one would.
/// </summary>
public sealed class EvaluateReleaseGates : ReleaseGatesTask
{
    [Required]
    public string GatesFile { get; set; } = string.Empty;

    [Required]
    public string JsonReport { get; set; } = string.Empty;

    [Required]
    public string MarkdownReport { get; set; } = string.Empty;

    /// <summary>yyyy-MM-dd, the date waivers are checked against; today (UTC) when empty.</summary>
    public string? Today { get; set; }

    /// <summary>Loads ReleaseGates.Parquet when the gate reads Parquet files; tests replace it to simulate a host that cannot.</summary>
    internal Func<Assembly> LoadParquet { get; set; } = ParquetSupport.LoadBesideTask;

    protected override void ExecuteCore()
    {
        ParquetSupport.RegisterIfNeeded(GatesFile, LoadParquet);
        var report = GateDate.TryParseOrToday(Today, out var today)
            ? ReleaseGate.Run(GatesFile, today)
            : GateReport.Invalid(GatesFile, [GateDiagnostic.InvalidInput(GatesFile, TextSpan.None, $"ReleaseGatesToday is '{Today}'; write it as yyyy-MM-dd or leave it empty for today's date")]);

        WriteAtomically(JsonReport, stream => ReportJsonWriter.Write(report, stream));
        var markdown = Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(report));
        WriteAtomically(MarkdownReport, stream => stream.Write(markdown, 0, markdown.Length));
        Log.LogMessage(MessageImportance.Low, $"release gates: evaluated {report.Results.Count} results from {GatesFile}; reports in {Path.GetDirectoryName(JsonReport)}");
    }

    // A report half-written by a cancelled build would otherwise be replayed as the last decision.
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
    }
}
