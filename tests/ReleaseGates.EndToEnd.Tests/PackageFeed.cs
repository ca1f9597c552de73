namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// Packs the real ReleaseGates package once per test run into a local folder feed, with a private
/// global-packages folder so that no stale copy from an earlier run is ever restored.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public const string PackageVersion = "0.0.0-e2e";

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "releasegates-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDirectory);

        Pack(RepositoryLayout.PackageProject);
        Pack(RepositoryLayout.ToolProject);
    }

    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"ReleaseGates.{PackageVersion}.nupkg");

    public string ToolPackagePath => Path.Combine(FeedDirectory, $"ReleaseGates.Tool.{PackageVersion}.nupkg");

    private void Pack(string project)
    {
        var pack = DotnetCommand.Run(
            RepositoryLayout.Root,
            "pack", project,
            "--no-build", "-c", RepositoryLayout.Configuration,
            "-o", FeedDirectory,
            $"-p:PackageVersion={PackageVersion}");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"packing {Path.GetFileName(project)} failed: " + pack);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packed ReleaseGates";
}
