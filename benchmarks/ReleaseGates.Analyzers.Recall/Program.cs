using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ReleaseGates.Analyzers.Privacy;

// Usage (see README.md):
//   dotnet run --project benchmarks/ReleaseGates.Analyzers.Recall [-- [CORPUS_DIR] [--errors]]
// CORPUS_DIR holds one folder per repository, owner+name, with the files corpus.tsv lists (default: corpus/ beside this
// project). --errors lists the compiler's errors in the corpus files (what a stub is still missing).
var here = ProjectDirectory();
var listErrors = args.Contains("--errors");
args = args.Where(a => a != "--errors").ToArray();
var corpusDirectory = args.Length > 0 ? args[0] : Path.Combine(here, "corpus");
var manifest = Tsv.Read(Path.Combine(here, "corpus.tsv"));
var labels = Tsv.Read(Path.Combine(here, "labels.tsv")).Select(Label.From).ToList();

DiagnosticAnalyzer[] analyzers = [new TranscriptReachesLogAnalyzer(), new TranscriptInExceptionMessageAnalyzer(), new AudioReachesLogAnalyzer()];
var found = new List<Finding>();
var crashes = new List<string>();
var compileErrors = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var project in manifest.Where(row => row["path"].EndsWith(".cs", StringComparison.Ordinal)).GroupBy(row => (Repo: row["repo"], Project: row["project"])))
{
    var (repo, name) = project.Key;
    var folder = Path.Combine(corpusDirectory, repo.Replace('/', '+'));
    var trees = new List<SyntaxTree>();
    foreach (var row in project)
    {
        // A row may name a stub shared by several repositories' projects (stubs/UnityEngine.cs).
        if (row["path"].StartsWith("stubs/", StringComparison.Ordinal))
        {
            trees.Add(Parse(File.ReadAllText(Path.Combine(here, row["path"])), "stub:" + row["path"]));
            continue;
        }

        var path = Path.Combine(folder, row["path"]);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"missing: {path} (fetch {repo} at {row["commit"]}, see README.md)");
            return 1;
        }

        trees.Add(Parse(File.ReadAllText(path), row["path"]));
    }

    foreach (var stub in Stubs(Path.Combine(here, "stubs"), repo))
    {
        trees.Add(Parse(File.ReadAllText(stub), "stub:" + Path.GetFileName(stub)));
    }

    var compilation = CSharpCompilation.Create(
        name.Replace('/', '.'),
        trees,
        References(),
        new CSharpCompilationOptions(trees.Exists(HasEntryPoint) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
    var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.StartsWith("stub:", StringComparison.Ordinal) != true).ToList();
    compileErrors[repo] = compileErrors.GetValueOrDefault(repo) + errors.Count;
    if (listErrors)
    {
        errors.ForEach(e => Console.WriteLine($"{repo} {e.Location.GetLineSpan()}: {e.Id} {e.GetMessage(CultureInfo.InvariantCulture)}"));
    }

    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
    var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAllDiagnosticsAsync();
    foreach (var diagnostic in diagnostics)
    {
        if (diagnostic.Id == "AD0001")
        {
            crashes.Add($"{repo} {name}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }
        else if (diagnostic.Id.StartsWith("RG1", StringComparison.Ordinal) && diagnostic.Location.SourceTree?.FilePath is { } file && !file.StartsWith("stub:", StringComparison.Ordinal))
        {
            var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
            found.Add(new Finding(repo, file, line, diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        }
    }
}

// A site is one (file, line, rule): two diagnostics on one line for the same rule (two holes of one interpolation) are one site.
var sites = found.GroupBy(f => (f.Repo, f.File, f.Line, f.Rule)).Select(g => g.First()).ToList();
var expected = labels.Where(l => l.Expected).ToList();
bool IsExpected(Finding f) => expected.Exists(l => l.Repo == f.Repo && l.File == f.File && l.Line == f.Line && l.Rule == f.Rule);
bool WasFound(Label l) => sites.Exists(f => l.Repo == f.Repo && l.File == f.File && l.Line == f.Line && l.Rule == f.Rule);
bool IsLabelled(Finding f) => labels.Exists(l => l.Repo == f.Repo && l.File == f.File && l.Line == f.Line);

Console.WriteLine($"{"repository",-45} {"leaks",5} {"found",5} {"clean",5} {"false+",6} {"recall",7} {"precision",9} {"compile errors",14}");
var repos = labels.Select(l => l.Repo).Distinct().Order(StringComparer.Ordinal).ToList();
foreach (var repo in repos.Append("all"))
{
    bool In(string r) => repo == "all" || r == repo;
    var leaks = expected.Count(l => In(l.Repo));
    var hits = expected.Count(l => In(l.Repo) && WasFound(l));
    var clean = labels.Count(l => In(l.Repo) && !l.Expected);
    var falsePositives = sites.Count(f => In(f.Repo) && !IsExpected(f));
    var errors = repo == "all" ? compileErrors.Values.Sum() : compileErrors.GetValueOrDefault(repo);
    Console.WriteLine($"{repo,-45} {leaks,5} {hits,5} {clean,5} {falsePositives,6} {Ratio(hits, leaks),7} {Ratio(hits, hits + falsePositives),9} {errors,14}");
}

Console.WriteLine();
foreach (var label in expected.Where(l => !WasFound(l)))
{
    Console.WriteLine($"missed  {label.Repo} {label.File}:{label.Line} {label.Rule}: {label.Why}");
}

foreach (var site in sites.Where(f => !IsExpected(f)))
{
    Console.WriteLine($"{(IsLabelled(site) ? "false+ " : "unlabelled")} {site.Repo} {site.File}:{site.Line} {site.Rule}: {site.Message}");
}

foreach (var crash in crashes)
{
    Console.WriteLine($"analyzer exception: {crash}");
}

return crashes.Count == 0 ? 0 : 2;

static bool HasEntryPoint(SyntaxTree tree) =>
    tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
        .Any(n => n is GlobalStatementSyntax or MethodDeclarationSyntax { Identifier.ValueText: "Main" });

static string Ratio(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);

static SyntaxTree Parse(string text, string path) =>
    CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["NET", "NET8_0", "NET8_0_OR_GREATER", "NETCOREAPP"]), path);

// The repository's own stubs: owner+name*.cs (its SDK's types, and the implicit usings its projects have).
static IEnumerable<string> Stubs(string directory, string repo) =>
    Directory.EnumerateFiles(directory, repo.Replace('/', '+') + "*.cs").Order(StringComparer.Ordinal);

static MetadataReference[] References() =>
[
    .. Basic.Reference.Assemblies.Net80.References.All,
    .. new[]
    {
        typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
        typeof(Microsoft.Extensions.Logging.LoggerFactory).Assembly,
    }.Select(a => MetadataReference.CreateFromFile(a.Location)),
];

static string ProjectDirectory()
{
    for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
    {
        if (File.Exists(Path.Combine(directory, "corpus.tsv")))
        {
            return directory;
        }
    }

    throw new InvalidOperationException("corpus.tsv not found above " + AppContext.BaseDirectory);
}

/// <summary>A diagnostic of RG1001-RG1003 in a corpus file.</summary>
internal sealed record Finding(string Repo, string File, int Line, string Rule, string Message);

/// <summary>One labelled site: whether a leak is expected there (and of which rule), and why, as read in the code.</summary>
internal sealed record Label(string Repo, string File, int Line, string Rule, bool Expected, string Why)
{
    public static Label From(IReadOnlyDictionary<string, string> row) =>
        new(row["repo"], row["file"], int.Parse(row["line"], CultureInfo.InvariantCulture), row["rule"], row["expected"] == "yes", row["why"]);
}

/// <summary>Tab-separated files with a header line.</summary>
internal static class Tsv
{
    public static List<IReadOnlyDictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        return lines.Skip(1).Where(line => line.Length > 0)
            .Select(line => (IReadOnlyDictionary<string, string>)header.Zip(line.Split('\t')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
            .ToList();
    }
}
