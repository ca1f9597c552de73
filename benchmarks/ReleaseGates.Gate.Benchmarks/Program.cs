using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ReleaseGates.Gate.Benchmarks.DecisionBenchmarks).Assembly).Run(args);
