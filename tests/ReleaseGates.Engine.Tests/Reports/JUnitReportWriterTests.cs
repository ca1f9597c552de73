using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Reports;

namespace ReleaseGates.Engine.Tests.Reports;

public sealed class JUnitReportWriterTests : IDisposable
{
    private readonly Workspace _workspace = ReportFixture.RollbackOnAcmeAndAPause();

    public void Dispose() => _workspace.Dispose();

    private static XDocument Parse(string xml) => XDocument.Parse(xml);

    private static XElement TestCase(XDocument junit, string name) =>
        junit.Descendants("testcase").Single(t => (string?)t.Attribute("name") == name);

    [Fact]
    public void One_testcase_per_result_with_readable_names_and_the_release_as_classname()
    {
        var junit = Parse(JUnitReportWriter.Write(_workspace.Run()));

        Assert.Equal(
            ["wer [overall]", "wer [tenant:acme]", "correction_rate [overall]", "correction_rate [tenant:acme]"],
            junit.Descendants("testcase").Select(t => (string?)t.Attribute("name")));
        Assert.All(junit.Descendants("testcase"), t => Assert.Equal("asr-v7", (string?)t.Attribute("classname")));
        Assert.Equal("release gates: asr-v7", (string?)junit.Root!.Element("testsuite")!.Attribute("name"));
    }

    [Fact]
    public void A_rollback_is_a_failure_with_the_reason_and_the_numbers()
    {
        var failure = TestCase(Parse(JUnitReportWriter.Write(_workspace.Run())), "wer [tenant:acme]").Element("failure")!;

        Assert.Equal("RG4001", (string?)failure.Attribute("type"));
        Assert.Equal("wer on tenant:acme: +0.012 > +0.005 allowed (baseline 0.08, canary 0.092, delta +0.012)", (string?)failure.Attribute("message"));
        Assert.Contains("baseline: 0.08\ncanary: 0.092\ndelta: +0.012\n", failure.Value, StringComparison.Ordinal);
        Assert.Contains($"budget: {_workspace.GatesFile}(6,5)", failure.Value, StringComparison.Ordinal);
        Assert.EndsWith("RG4001: roll back asr-v7 (flag asr.v7), or waive it in gates.json", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pause_is_skipped_with_its_reason_so_it_shows_without_failing()
    {
        var testCase = TestCase(Parse(JUnitReportWriter.Write(_workspace.Run())), "correction_rate [overall]");

        var skipped = Assert.Single(testCase.Elements("skipped"));
        Assert.Equal("RG4002", (string?)skipped.Attribute("type"));
        Assert.StartsWith("correction_rate: +0.02 > +0.01 allowed (baseline 0.04, canary 0.06", (string?)skipped.Attribute("message"), StringComparison.Ordinal);
        Assert.EndsWith("RG4002: pause the rollout of asr-v7 (flag asr.v7)", skipped.Value, StringComparison.Ordinal);
        Assert.Null(testCase.Element("failure"));
    }

    [Fact]
    public void An_inconclusive_result_carries_its_interval_and_the_samples_that_would_settle_it()
    {
        var inconclusive = new BudgetResult("wer", "tenant:acme", ResultStatus.Inconclusive, GateAction.Pause, 0.08m, 0.09m, 0.01m,
            "+0.01 > +0.005 allowed, not significant", new Engine.Json.TextPosition(6, 5), new DeltaInterval(-0.002m, 0.021m), 2400);
        var noise = new NoiseControlSummary("max-T", 0.95m, 1000, 1, 900, 2.5);
        var report = new GateReport(_workspace.GatesFile, CanaryDecision.Pause, Engine.Gates.ReleaseInfo.Empty, [inconclusive], [], [], noise);

        var skipped = TestCase(Parse(JUnitReportWriter.Write(report)), "wer [tenant:acme]").Element("skipped")!;

        Assert.Equal(
            "wer on tenant:acme: +0.01 > +0.005 allowed, not significant (baseline 0.08, canary 0.09, delta +0.01, 95 % interval of the delta [-0.002, +0.021], samples needed 2,400)",
            (string?)skipped.Attribute("message"));
        Assert.Contains("95 % interval of the delta: [-0.002, +0.021]\nsamples needed: 2,400\n", skipped.Value, StringComparison.Ordinal);
        Assert.EndsWith("RG4002: pause the rollout of the candidate", skipped.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passing_result_passes_with_its_numbers_in_system_out()
    {
        var testCase = TestCase(Parse(JUnitReportWriter.Write(_workspace.Run())), "wer [overall]");

        Assert.Equal(["system-out"], testCase.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("wer: +0.001 within +0.005 allowed (baseline 0.081, canary 0.082, delta +0.001)", testCase.Element("system-out")!.Value);
    }

    [Fact]
    public void A_waived_result_passes_with_the_waiver_in_system_out()
    {
        _workspace.Write("gates.json", File.ReadAllText(_workspace.GatesFile).Replace(
            "\"budgets\"",
            "\"waivers\": [{ \"budget\": \"wer\", \"slice\": \"tenant:acme\", \"reason\": \"acme's new mics\", \"expires\": \"2026-12-31\" }],\n  \"budgets\"",
            StringComparison.Ordinal));

        var testCase = TestCase(Parse(JUnitReportWriter.Write(_workspace.Run())), "wer [tenant:acme]");

        Assert.Equal(["system-out"], testCase.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("wer on tenant:acme: +0.012 > +0.005 allowed; waived until 2026-12-31: acme's new mics (baseline 0.08, canary 0.092, delta +0.012)", testCase.Element("system-out")!.Value);
    }

    [Fact]
    public void Counts_are_tests_failures_for_rollbacks_skipped_for_pauses()
    {
        var junit = Parse(JUnitReportWriter.Write(_workspace.Run()));
        var suite = junit.Root!.Element("testsuite")!;

        Assert.Equal(("4", "1", "0", "1"), ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("errors"), (string?)suite.Attribute("skipped")));
        Assert.Equal(("4", "1", "0"), ((string?)junit.Root.Attribute("tests"), (string?)junit.Root.Attribute("failures"), (string?)junit.Root.Attribute("errors")));
    }

    [Fact]
    public void The_decision_and_release_are_suite_properties()
    {
        var properties = Parse(JUnitReportWriter.Write(_workspace.Run())).Descendants("property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);

        Assert.Equal("rollback", properties["decision"]);
        Assert.Equal(_workspace.GatesFile, properties["gates_file"]);
        Assert.Equal("asr.v7", properties["release.rollback_flags"]);
        Assert.StartsWith("release gates: rollback — wer on tenant:acme", properties["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_input_is_one_error_testcase_per_RG4003_with_file_line_and_column()
    {
        _workspace.Write("gates.json", "{\n  \"baseline\": \"eval/baseline.json\", \"canary\": \"eval/canary.json\",\n  \"budgets\": { \"wer\": { \"direction\": \"down\", \"allowed_detla\": 1 } }\n}");
        var report = _workspace.Run();

        var junit = Parse(JUnitReportWriter.Write(report));

        var errors = junit.Descendants("testcase").ToList();
        Assert.Equal(report.Errors.Count, errors.Count);
        Assert.True(errors.Count >= 2);
        var first = errors[0].Element("error")!;
        Assert.Equal("RG4003", (string?)first.Attribute("type"));
        Assert.StartsWith($"{_workspace.GatesFile}:{report.Errors[0].Line}:{report.Errors[0].Column}: ", (string?)first.Attribute("message"), StringComparison.Ordinal);
        Assert.Equal($"invalid input [gates.json:{report.Errors[0].Line}:{report.Errors[0].Column}]", (string?)errors[0].Attribute("name"));
        Assert.Equal(errors.Count, errors.Select(e => (string?)e.Attribute("name")).Distinct().Count());
        Assert.Equal(errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)junit.Root!.Element("testsuite")!.Attribute("errors"));
        Assert.Equal("invalid", junit.Descendants("property").Single(p => (string?)p.Attribute("name") == "decision").Attribute("value")!.Value);
    }

    [Fact]
    public void Names_and_reasons_are_escaped_and_characters_xml_cannot_carry_are_spelled_out()
    {
        const string Slice = "tenant:<a&b> \\\"q\\\" \\u0001 line\\nbreak";
        _workspace
            .Baseline($$"""{ "metrics": { "wer": 0.08, "correction_rate": 0.04 }, "slices": { "{{Slice}}": { "wer": 0.08 } } }""")
            .Canary($$"""{ "metrics": { "wer": 0.08, "correction_rate": 0.04 }, "slices": { "{{Slice}}": { "wer": 0.09 } } }""");

        var xml = JUnitReportWriter.Write(_workspace.Run());
        var junit = Parse(xml);

        var testCase = junit.Descendants("testcase").Single(t => ((string?)t.Attribute("name"))!.StartsWith("wer [tenant:", StringComparison.Ordinal));
        Assert.Equal("wer [tenant:<a&b> \"q\" \\u0001 line\nbreak]", (string?)testCase.Attribute("name"));
        Assert.Contains("&lt;a&amp;b&gt;", xml, StringComparison.Ordinal);
        Assert.StartsWith("wer on tenant:<a&b> \"q\" \\u0001 line\nbreak: +0.01 > +0.005 allowed", (string?)testCase.Element("failure")!.Attribute("message"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaired_surrogates_and_control_characters_are_spelled_out_and_pairs_kept()
    {
        Assert.Equal("a\\ud800b\\u0001\t\U0001F600", XmlCharacters.Clean("a\ud800b\u0001\t\U0001F600"));
        Assert.Same("plain", XmlCharacters.Clean("plain"));
    }

    [Theory]
    [InlineData("rollback")]
    [InlineData("pause")]
    [InlineData("continue")]
    [InlineData("waived")]
    [InlineData("invalid")]
    public void Every_report_validates_against_what_Azure_DevOps_GitLab_and_Jenkins_read(string scenario)
    {
        switch (scenario)
        {
            case "pause":
                _workspace.Canary("""{ "metrics": { "wer": 0.081, "correction_rate": 0.06 }, "slices": { "tenant:acme": { "wer": 0.080 } } }""");
                break;
            case "continue":
                _workspace.Canary("""{ "metrics": { "wer": 0.081, "correction_rate": 0.04 }, "slices": { "tenant:acme": { "wer": 0.080, "correction_rate": 0.04 } } }""");
                break;
            case "waived":
                _workspace.Write("gates.json", File.ReadAllText(_workspace.GatesFile).Replace("\"budgets\"", "\"waivers\": [{ \"budget\": \"wer\", \"reason\": \"r\", \"expires\": \"2026-12-31\" }],\n  \"budgets\"", StringComparison.Ordinal));
                break;
            case "invalid":
                _workspace.Write("gates.json", "{ \"budgets\": {} }");
                break;
        }

        var report = _workspace.Run();
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "Reports", "junit-consumers.xsd"));
        var problems = new List<string>();

        XDocument.Parse(JUnitReportWriter.Write(report)).Validate(schemas, (_, e) => problems.Add(e.Message));

        Assert.Empty(problems);
        Assert.Equal(scenario == "invalid" ? null : scenario == "waived" ? CanaryDecision.Pause : Enum.Parse<CanaryDecision>(scenario, ignoreCase: true), report.Decision);
    }

    [Fact]
    public void The_document_is_utf8_xml_that_starts_with_its_declaration_and_is_the_same_every_run()
    {
        var first = JUnitReportWriter.Write(_workspace.Run());

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites", first, StringComparison.Ordinal);
        Assert.Equal(first, JUnitReportWriter.Write(_workspace.Run()));
        using var reader = XmlReader.Create(new StringReader(first), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
        }
    }
}
