namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// A copy of one of the repository's samples, built with the package this test run packed (the samples normally pack
/// ReleaseGates from source themselves; that step is switched off here).
/// </summary>
internal static class SampleCopy
{
    public static string SampleDirectory(string sample) => Path.Combine(RepositoryLayout.Root, "samples", sample);

    /// <summary>Copies the sample without its bin/obj, with a NuGet.config that finds the packed package first.</summary>
    public static string Create(PackageFeed feed, string sample)
    {
        var source = SampleDirectory(sample);
        var target = Path.Combine(feed.Root, sample + "-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        File.WriteAllText(Path.Combine(target, "NuGet.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{feed.PackagesDirectory}" /></config>
              <packageSources>
                <clear />
                <add key="releasegates-local" value="{feed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        return target;
    }

    /// <summary><c>dotnet build</c> in a copy made by <see cref="Create"/>, with the classic logger so lines can be matched.</summary>
    public static CommandResult Build(string copy, params string[] arguments) => DotnetCommand.Run(
        copy,
        ["build", "-nologo", "-tl:off", "-nodeReuse:false", "-p:ReleaseGatesFromSource=false", $"-p:ReleaseGatesVersion={PackageFeed.PackageVersion}", .. arguments]);
}
