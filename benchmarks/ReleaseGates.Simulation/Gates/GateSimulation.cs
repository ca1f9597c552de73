using System.Diagnostics;

namespace ReleaseGates.Simulation.Gates;

/// <summary>Simulates one gate: writes its files to a folder of its own, runs the engine on them, and cleans up.</summary>
internal static class GateSimulation
{
    public static GateRun Run(int index, GateSpec spec, ulong seed, string folder, bool keepFiles)
    {
        var clock = Stopwatch.StartNew();
        var written = GateFiles.Write(folder, spec, seed);
        var generateTime = clock.Elapsed;
        try
        {
            var (outcome, reportJson, engineTime) = GateRunner.Run(written.GatesFile);
            if (keepFiles)
            {
                // Kept gates are for looking into a surprising figure: the engine's own report goes beside its inputs.
                File.WriteAllText(Path.Combine(folder, "report.json"), reportJson);
            }

            return new GateRun(index, spec, seed, written.SliceCounts, outcome, generateTime, engineTime);
        }
        finally
        {
            if (!keepFiles)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
