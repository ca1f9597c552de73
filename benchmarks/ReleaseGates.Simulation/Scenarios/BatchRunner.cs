using System.Diagnostics;
using System.Globalization;
using ReleaseGates.Simulation.Gates;
using ReleaseGates.Simulation.Randomness;

namespace ReleaseGates.Simulation.Scenarios;

/// <summary>
/// Runs a batch of gates, a few at a time. Gates run in parallel because generating a gate's files is
/// single-threaded; the engine itself already uses every core, so more than two at a time on two cores gains nothing.
/// Each gate's seed depends only on (master seed, batch key, index): the figures do not depend on scheduling.
/// </summary>
internal sealed class BatchRunner
{
    private readonly SimulationOptions _options;

    public BatchRunner(SimulationOptions options)
    {
        _options = options;
    }

    public TimeSpan TotalTime { get; private set; }

    public IReadOnlyList<GateRun> Run(GateBatch batch)
    {
        var runs = new GateRun[batch.Count];
        var done = 0;
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism };
        Parallel.For(0, batch.Count, parallel, index =>
        {
            var seed = Seeds.Derive(_options.Seed, Seeds.Of(batch.Key), (ulong)index);
            var folder = Path.Combine(_options.WorkFolder, batch.Key + "-" + index.ToString("0000", CultureInfo.InvariantCulture));
            runs[index] = GateSimulation.Run(index, batch.SpecFor(index), seed, folder, _options.KeepFiles);
            var finished = Interlocked.Increment(ref done);
            if (finished % 25 == 0 || finished == batch.Count)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {batch.Key}: {finished}/{batch.Count} gates, {clock.Elapsed.TotalSeconds:0}s"));
            }
        });

        TotalTime += clock.Elapsed;
        var invalid = runs.FirstOrDefault(r => r.Outcome.IsInvalid);
        if (invalid is not null)
        {
            Console.Error.WriteLine($"  {batch.Key}: gate {invalid.Index} was invalid input: {string.Join(" | ", invalid.Outcome.Errors)}");
        }

        return runs;
    }
}
