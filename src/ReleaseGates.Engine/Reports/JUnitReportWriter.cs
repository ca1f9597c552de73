using System.Globalization;
using System.Text;
using System.Xml;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Diagnostics;

namespace ReleaseGates.Engine.Reports;

/// <summary>
/// The JUnit XML report (CLI <c>--format junit</c>) for CI systems that show test results: Azure DevOps
/// (PublishTestResults, format JUnit), GitLab (<c>artifacts:reports:junit</c>), Jenkins (junit step).
/// </summary>
/// <remarks>
/// <para>One <c>testcase</c> per judged result, named <c>wer [overall]</c>, <c>wer [tenant:acme]</c>; its classname
/// is the release (candidate, else model, else the folder of gates.json). A rollback is a <c>failure</c> (type
/// RG4001); a pause is <c>skipped</c> with its reason (Azure DevOps "Not executed", GitLab and Jenkins "skipped"):
/// seen in every consumer's counts and lists, yet not a failed test, just as a pause is not a rollback — the CLI's exit
/// code 2 is what holds the rollout. Waived and passing results pass, with the reason and numbers on one line of
/// <c>system-out</c>. Invalid input is one <c>testcase</c> with an <c>error</c> (type RG4003) per diagnostic. Notices
/// (RG4004-RG4006) go to the suite's <c>system-out</c>.</para>
/// <para>The reason and the numbers are both in the <c>message</c> attribute (Azure DevOps shows it) and in the
/// element's text (GitLab shows only that). The document uses only what the strictest consumer schema allows (Jenkins
/// xunit's junit-10.xsd): no <c>skipped</c> count on <c>testsuites</c>, no <c>file</c> on <c>testcase</c>, and no
/// timestamp or host name, so the same gate writes the same bytes. Characters XML 1.0 cannot carry are written as
/// <c>\uXXXX</c>.</para>
/// </remarks>
public static class JUnitReportWriter
{
    public static string Write(GateReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(GateReport report, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",

            // Newlines in attribute values become &#xA; so that readers keep them.
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            WriteDocument(xml, report);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>"wer [tenant:acme]", "wer [overall]": the test name of one result.</summary>
    public static string TestName(BudgetResult result) => $"{result.Budget} [{result.Slice ?? "overall"}]";

    /// <summary>What the results are grouped under: the candidate, else the model, else the folder of gates.json.</summary>
    public static string ClassName(GateReport report)
    {
        var release = report.Release;
        var folder = Path.GetFileName(Path.GetDirectoryName(report.GatesFile) ?? string.Empty);
        return FirstNonEmpty(release.Candidate, release.Model, folder) ?? "release-gates";
    }

    private static void WriteDocument(XmlWriter xml, GateReport report)
    {
        var className = ClassName(report);
        var failures = report.Results.Count(r => r.Action == GateAction.Rollback);
        var skipped = report.Results.Count(r => r.Action == GateAction.Pause);
        var errors = report.Errors.Count;
        var tests = report.Results.Count + errors;

        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        Attribute(xml, "name", "release gates");
        Attribute(xml, "tests", Count(tests));
        Attribute(xml, "failures", Count(failures));
        Attribute(xml, "errors", Count(errors));
        Attribute(xml, "time", "0");

        xml.WriteStartElement("testsuite");
        Attribute(xml, "name", "release gates: " + className);
        Attribute(xml, "tests", Count(tests));
        Attribute(xml, "failures", Count(failures));
        Attribute(xml, "errors", Count(errors));
        Attribute(xml, "skipped", Count(skipped));
        Attribute(xml, "time", "0");
        WriteProperties(xml, report);

        foreach (var result in report.Results)
        {
            WriteResult(xml, report, className, result);
        }

        WriteErrors(xml, report, className);

        if (report.Notices.Count > 0)
        {
            Element(xml, "system-out", string.Join("\n", report.Notices.Select(n => n.ToString())));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteProperties(XmlWriter xml, GateReport report)
    {
        var properties = new List<(string Name, string? Value)>
        {
            ("decision", report.Decision is { } decision ? ReportNames.Decision.Of(decision) : "invalid"),
            ("gates_file", report.GatesFile),
            ("summary", SummaryLine.For(report)),
            ("release.model", report.Release.Model),
            ("release.baseline", report.Release.Baseline),
            ("release.candidate", report.Release.Candidate),
            ("release.rollback_flags", report.Release.RollbackFlags.Count > 0 ? string.Join(", ", report.Release.RollbackFlags) : null),
            ("statistics", report.Noise?.Description),
        };

        xml.WriteStartElement("properties");
        foreach (var (name, value) in properties.Where(p => p.Value is not null))
        {
            xml.WriteStartElement("property");
            Attribute(xml, "name", name);
            Attribute(xml, "value", value!);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteResult(XmlWriter xml, GateReport report, string className, BudgetResult result)
    {
        xml.WriteStartElement("testcase");
        Attribute(xml, "name", TestName(result));
        Attribute(xml, "classname", className);
        Attribute(xml, "time", "0");
        var message = Message(result, report.Noise);
        switch (result.Action)
        {
            case GateAction.Rollback:
                Outcome(xml, "failure", message, GateRules.Rollback, Details(report, result, $"{GateRules.Rollback}: roll back {report.Release.CandidateWithFlags}, or waive it in gates.json"));
                break;
            case GateAction.Pause:
                Outcome(xml, "skipped", message, GateRules.Pause, Details(report, result, $"{GateRules.Pause}: pause the rollout of {report.Release.CandidateWithFlags}"));
                break;
            default:
                // Passing and waived results: one line with the reason (a waiver's says why and until when) and the
                // numbers. One line, not the details: a gate of 500 budgets over 200 slices has 100,000 of them, and
                // GitLab takes at most 30 MB per report file.
                Element(xml, "system-out", message);
                break;
        }

        xml.WriteEndElement();
    }

    private static void WriteErrors(XmlWriter xml, GateReport report, string className)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var error in report.Errors)
        {
            var location = Location(error);
            var name = $"invalid input [{Path.GetFileName(error.FilePath)}{(error.Line > 0 ? $":{error.Line}:{error.Column}" : string.Empty)}]";
            var unique = name;
            for (var n = 2; !names.Add(unique); n++)
            {
                unique = $"{name} ({n})";
            }

            xml.WriteStartElement("testcase");
            Attribute(xml, "name", unique);
            Attribute(xml, "classname", className);
            Attribute(xml, "time", "0");
            Outcome(xml, "error", $"{location}: {error.Message}", error.Id, $"{error}\n{GateRules.HelpLink(error.Id)}");
            xml.WriteEndElement();
        }
    }

    /// <summary>"path:12:5" (or just the path), the form CI logs and editors link.</summary>
    private static string Location(GateDiagnostic diagnostic) =>
        diagnostic.FilePath + (diagnostic.Line > 0 ? $":{diagnostic.Line}:{diagnostic.Column}" : string.Empty);

    /// <summary>"wer on tenant:acme: +0.012 > +0.005 allowed (baseline 0.08, canary 0.092, delta +0.012)".</summary>
    private static string Message(BudgetResult result, NoiseControlSummary? noise)
    {
        var numbers = Numbers(result, noise).Select(n => $"{n.Label} {n.Value}").ToList();
        return $"{result.Subject}: {result.Reason}" + (numbers.Count > 0 ? $" ({string.Join(", ", numbers)})" : string.Empty);
    }

    private static string Details(GateReport report, BudgetResult result, string advice)
    {
        var text = new StringBuilder();
        text.Append(result.Subject).Append(": ").Append(result.Reason).Append('\n');
        text.Append("status: ").Append(ReportNames.Status.Of(result.Status)).Append(", action: ").Append(ReportNames.Action.Of(result.Action)).Append('\n');
        foreach (var (label, value) in Numbers(result, report.Noise))
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }

        text.Append("budget: ").Append(report.GatesFile).Append(result.Span.ToString()).Append('\n');
        text.Append(advice);
        return text.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Numbers(BudgetResult result, NoiseControlSummary? noise)
    {
        if (result.Baseline is { } baseline)
        {
            yield return ("baseline", baseline.ToString());
        }

        if (result.Canary is { } canary)
        {
            yield return ("canary", canary.ToString());
        }

        if (result.Delta is { } delta)
        {
            yield return ("delta", delta.ToSignedString());
        }

        if (result.Interval is { } interval)
        {
            var level = noise?.Confidence is { } confidence ? string.Format(CultureInfo.InvariantCulture, "{0:0.##} % ", confidence * 100) : string.Empty;
            yield return ($"{level}interval of the delta", $"[{Json.ExactNumber.FormatSigned(interval.Low)}, {Json.ExactNumber.FormatSigned(interval.High)}]");
        }

        if (result.SamplesNeeded is { } needed)
        {
            yield return ("samples needed", needed.ToString("N0", CultureInfo.InvariantCulture));
        }
    }

    private static void Outcome(XmlWriter xml, string element, string message, string type, string text)
    {
        xml.WriteStartElement(element);
        Attribute(xml, "message", message);
        Attribute(xml, "type", type);
        xml.WriteString(XmlCharacters.Clean(text));
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string text) => xml.WriteElementString(name, XmlCharacters.Clean(text));

    private static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, XmlCharacters.Clean(value));

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
