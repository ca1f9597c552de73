using BenchmarkDotNet.Attributes;
using ReleaseGates.Engine;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Evaluation;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Gate.Benchmarks;

/// <summary>The gate on 500 budgets over 200 slices: 100,500 results.</summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private static readonly DateTime Today = new(2026, 11, 25);
    private string _directory = string.Empty;
    private string _gatesFile = string.Empty;
    private GatesConfig _config = null!;
    private EvaluationOutput _baseline = null!;
    private EvaluationOutput _canary = null!;
    private GateReport _report = null!;

    [Params(500)]
    public int Budgets { get; set; }

    [Params(200)]
    public int Slices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "releasegates-bench-" + Guid.NewGuid().ToString("N")[..8]);
        _gatesFile = LargeGate.Write(_directory, Budgets, Slices);
        _config = GatesConfigReader.Read(_gatesFile).Config!;
        _baseline = EvaluationLoader.Load(_config.Baseline, _gatesFile);
        _canary = EvaluationLoader.Load(_config.Canary, _gatesFile);
        _report = GateEvaluator.Evaluate(_config, _baseline, _canary, Today);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>What the MSBuild task and the CLI do: read gates.json and both evaluations, judge, decide.</summary>
    [Benchmark(Baseline = true)]
    public GateReport RunWholeGate() => ReleaseGate.Run(_gatesFile, Today);

    [Benchmark]
    public GateReport DecideOnly() => GateEvaluator.Evaluate(_config, _baseline, _canary, Today);

    [Benchmark]
    public EvaluationOutput ReadOneEvaluation() => EvaluationLoader.Load(_config.Canary, _gatesFile);

    /// <summary>As the MSBuild task writes it: streamed to the report file.</summary>
    [Benchmark]
    public void WriteJsonReport() => ReportJsonWriter.Write(_report, Stream.Null);
}
