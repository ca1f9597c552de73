namespace ReleaseGates.EndToEnd.Tests;

/// <summary>
/// A throwaway project that references the packed ReleaseGates package, built with dotnet build the way a user
/// builds. Each instance lives in its own temp folder, outside this repository's Directory.Build.* files.
/// </summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(PackageFeed feed, string directory, string projectFile)
    {
        Feed = feed;
        Directory = directory;
        ProjectFile = projectFile;
    }

    public PackageFeed Feed { get; }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <param name="targetFrameworks">One framework, or several separated by ';' for a multi-targeted project.</param>
    /// <param name="extraProperties">Raw MSBuild property elements added to the project's PropertyGroup.</param>
    public static ConsumerProject Create(PackageFeed feed, string name, string targetFrameworks = "net10.0", string extraProperties = "")
    {
        var directory = Path.Combine(feed.Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        System.IO.Directory.CreateDirectory(directory);
        var frameworkProperty = targetFrameworks.Contains(';', StringComparison.Ordinal)
            ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>"
            : $"<TargetFramework>{targetFrameworks}</TargetFramework>";

        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{feed.PackagesDirectory}" />
              </config>
              <packageSources>
                <clear />
                <add key="releasegates-local" value="{feed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="releasegates-local">
                  <package pattern="ReleaseGates" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Stop MSBuild from walking up into folders we do not control.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");

        var projectFile = Path.Combine(directory, name + ".csproj");
        File.WriteAllText(projectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {frameworkProperty}
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <OutputType>Library</OutputType>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReleaseGates" Version="{PackageFeed.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(feed, directory, projectFile);
    }

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>dotnet build at normal verbosity, without the terminal logger, so the output is the canonical MSBuild format.</summary>
    public CommandResult Build(params string[] extraArguments) => BuildWith(new Dictionary<string, string>(), extraArguments);

    /// <summary>The same build with these environment variables, as a CI job sets them.</summary>
    public CommandResult BuildWith(IReadOnlyDictionary<string, string> environment, params string[] extraArguments) =>
        DotnetCommand.Run(
            Directory,
            environment,
            ["build", ProjectFile, "-nologo", "-tl:off", "-v:n", "-nodeReuse:false", .. extraArguments]);
}
