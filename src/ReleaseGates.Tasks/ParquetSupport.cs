using System.Reflection;
using System.Runtime.InteropServices;
using ReleaseGates.Engine;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Tasks;

/// <summary>
/// Gives the engine its Parquet reader when a gate names a Parquet file. The reader (ReleaseGates.Parquet, Parquet.Net
/// and its compression libraries) needs .NET 8, so it cannot be a reference of this netstandard2.0 task: the package
/// ships it beside the task (tasks/netstandard2.0/), and on MSBuild running on .NET 8 or later it is loaded from there
/// into the task's own load context, where its reference to the engine finds the engine the task uses. Where it cannot
/// load (Visual Studio's and msbuild.exe's .NET Framework, an older .NET, a missing or blocked file), the engine is told
/// why, and a gate that names a Parquet file gets RG4003 saying so and what to do instead: never a crash.
/// </summary>
internal static class ParquetSupport
{
    private const string AssemblyName = "ReleaseGates.Parquet";
    private const string EntryType = "ReleaseGates.Parquet.ParquetUtterances";

    /// <summary>Loads the reader's assembly beside this one, in this assembly's load context.</summary>
    public static Assembly LoadBesideTask()
    {
        var task = typeof(ParquetSupport).Assembly;
        var path = Path.Combine(Path.GetDirectoryName(task.Location)!, AssemblyName + ".dll");

        // System.Runtime.Loader is not part of netstandard2.0; on .NET it is always there.
        var loadContexts = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: true)!;
        var context = loadContexts.GetMethod("GetLoadContext", [typeof(Assembly)])!.Invoke(null, [task])!;
        return (Assembly)loadContexts.GetMethod("LoadFromAssemblyPath", [typeof(string)])!.Invoke(context, [path])!;
    }

    /// <summary>When the gate reads a Parquet file, registers the reader, or tells the engine why this host cannot.</summary>
    /// <param name="load">Loads ReleaseGates.Parquet (<see cref="LoadBesideTask"/>; tests give one that fails).</param>
    public static void RegisterIfNeeded(string gatesFile, Func<Assembly> load)
    {
        if (!ReleaseGate.InputFiles(gatesFile).Any(UtteranceFileFormats.IsParquet))
        {
            return; // no Parquet library enters a build that does not need one
        }

        if (Unsupported() is { } runtime)
        {
            MarkUnavailable(runtime);
            return;
        }

        try
        {
            var entry = load().GetType(EntryType, throwOnError: true)!;
            entry.GetMethod("Register", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            MarkUnavailable($"the Parquet reader beside the ReleaseGates task did not load ({cause.GetType().Name}: {cause.Message})");
        }
    }

    /// <summary>Why this runtime cannot run the reader at all; null when it can.</summary>
    private static string? Unsupported()
    {
        if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
        {
            return "this build runs on .NET Framework (Visual Studio's or msbuild.exe's MSBuild), and the Parquet reader needs .NET 8 or later";
        }

        return Environment.Version.Major < 8
            ? $"this build runs on .NET {Environment.Version.ToString(2)}, and the Parquet reader needs .NET 8 or later"
            : null;
    }

    private static void MarkUnavailable(string why) =>
        UtteranceFileFormats.MarkUnavailable(UtteranceFileFormats.ParquetExtension,
            $"This is a Parquet file, and this MSBuild host cannot read Parquet: {why}. Build with dotnet build (the .NET SDK 8 or later), run release-gates evaluate (the ReleaseGates.Tool package), or convert the file to JSON Lines (in DuckDB: COPY (FROM 'file.parquet') TO 'file.jsonl'); in Visual Studio, ReleaseGatesEnabled=false skips the gate.");
}
