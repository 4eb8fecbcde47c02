using System.Text.Json;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

public sealed class JsonReportTests
{
    private static readonly string Json = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Json, null);

    [Fact]
    public void EveryFinding_HasTheDocumentedFields()
    {
        using var document = JsonDocument.Parse(Json);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(4, findings.Count);
        foreach (var finding in findings)
        {
            foreach (var name in new[] { "ruleId", "severity", "message", "path", "file", "title", "helpUri", "fingerprint" })
            {
                Assert.Equal(JsonValueKind.String, finding.GetProperty(name).ValueKind);
            }

            Assert.True(finding.GetProperty("line").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.Object, finding.GetProperty("facts").ValueKind);
            Assert.Equal(ReportFixture.PlanningFile, finding.GetProperty("file").GetString());
        }
    }

    [Fact]
    public void Finding_CarriesItsFactsAndLine()
    {
        using var document = JsonDocument.Parse(Json);
        var breach = Find(document, "DPA7901");
        Assert.Equal("warning", breach.GetProperty("severity").GetString());
        Assert.Equal("$.breach.deadline", breach.GetProperty("path").GetString());
        Assert.Equal(ReportFixture.LineOf(ReportFixture.Read(ReportFixture.PlanningFile), "\"deadline\": \"PT24H\""), breach.GetProperty("line").GetInt32());
        Assert.Equal("PT24H", breach.GetProperty("facts").GetProperty("processorDeadline").GetString());
        Assert.Equal("48", breach.GetProperty("facts").GetProperty("controllerHoursLeft").GetString());
        Assert.False(breach.TryGetProperty("suppression", out _));
    }

    [Fact]
    public void SuppressedFinding_CarriesItsSuppression()
    {
        using var document = JsonDocument.Parse(Json);
        var suppression = Find(document, "DPA4901").GetProperty("suppression");
        Assert.Equal(ReportFixture.Justification, suppression.GetProperty("justification").GetString());
        Assert.Equal("DPO", suppression.GetProperty("approver").GetString());
        Assert.Equal("2027-06-30", suppression.GetProperty("expiresOn").GetString());
    }

    [Fact]
    public void FilesAndSummary_CountPerFileAndOverall()
    {
        using var document = JsonDocument.Parse(Json);
        var root = document.RootElement;
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([ReportFixture.PlanningFile, ReportFixture.SmartProductionFile, "examples/broken.json"], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(["validated", "validated", "loadError"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal("$.document", files[2].GetProperty("error").GetProperty("path").GetString());
        Assert.Equal(3, files[2].GetProperty("error").GetProperty("line").GetInt32());
        Assert.Equal(1, files[0].GetProperty("suppressed").GetInt32());
        Assert.Equal(0, files[1].GetProperty("errors").GetInt32());

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("notLoaded").GetInt32());
        Assert.Equal([1, 1, 1, 1], new[] { "errors", "warnings", "infos", "suppressed" }.Select(n => summary.GetProperty(n).GetInt32()));
        Assert.Equal("2026-11-25", root.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Art28_ListsEveryElementAndEachLoadedFilesStatus()
    {
        using var document = JsonDocument.Parse(Json);
        var art28 = document.RootElement.GetProperty("art28");
        var elements = art28.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(16, elements.Count);
        var pointH = elements.Single(e => e.GetProperty("id").GetString() == "28(3)(h)");
        Assert.Equal(["DPA8901"], pointH.GetProperty("ruleIds").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(1, pointH.GetProperty("gap").GetInt32());
        Assert.Equal(1, pointH.GetProperty("notChecked").GetInt32());

        var files = art28.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([ReportFixture.PlanningFile, ReportFixture.SmartProductionFile], files.Select(f => f.GetProperty("file").GetString()));
        var planningH = files[0].GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "28(3)(h)");
        Assert.Equal("gap", planningH.GetProperty("status").GetString());
        Assert.Equal(["DPA8901"], planningH.GetProperty("gapRuleIds").EnumerateArray().Select(x => x.GetString()));
        var smart2 = files[1].GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "28(2)");
        Assert.Equal("covered", smart2.GetProperty("status").GetString());
    }

    [Fact]
    public void Output_IsDeterministic()
    {
        Assert.Equal(Json, ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Json, null));
        Assert.EndsWith("}\n", Json, StringComparison.Ordinal);
    }

    private static JsonElement Find(JsonDocument document, string ruleId) =>
        document.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ruleId);
}
