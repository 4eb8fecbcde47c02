using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

public sealed class TextReportTests
{
    private static readonly string Text = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Text, ReportWriterOptions.Default);
    private static readonly string[] Lines = Text.TrimEnd('\n').Split('\n');

    [Fact]
    public void Findings_AreGroupedUnderTheirFile_ErrorsFirst_WithTheirClauseNextToThePath()
    {
        var planning = Array.IndexOf(Lines, ReportFixture.PlanningFile);
        var smart = Array.IndexOf(Lines, ReportFixture.SmartProductionFile);
        var broken = Array.IndexOf(Lines, "examples/broken.json");
        Assert.True(planning == 0 && planning < smart && smart < broken, Text);

        var planningLines = Lines[(planning + 1)..smart];
        var errors = Array.IndexOf(planningLines, "  Errors");
        var warnings = Array.IndexOf(planningLines, "  Warnings");
        var info = Array.IndexOf(planningLines, "  Info");
        var suppressed = Array.IndexOf(planningLines, "  Suppressed");
        Assert.True(errors == 0 && errors < warnings && warnings < info && info < suppressed, Text);

        var planningText = ReportFixture.Read(ReportFixture.PlanningFile);
        Assert.Equal(
            [
                "    DPA8901  Finding of DPA8901 at '$.audits'",
                $"             $.audits (no clause cited), line {ReportFixture.LineOf(planningText, "\"audits\": {")}",
            ],
            planningLines[(errors + 1)..warnings]);

        // examples/000-planning-nl.json cites its facts: the breach deadline comes from clause 7.1 ("binnen 24 uur").
        Assert.Equal(
            [
                "    DPA7901  Finding of DPA7901 at '$.breach.deadline'",
                $"             $.breach.deadline (clause 7.1), line {ReportFixture.LineOf(planningText, "\"deadline\": \"PT24H\"")}",
            ],
            planningLines[(warnings + 1)..info]);
        Assert.Equal("    DPA1901  Finding of DPA1901 at '$.subProcessing.objectionRight'", planningLines[info + 1]);
        Assert.StartsWith("             $.subProcessing.objectionRight (not stated), line ", planningLines[info + 2], StringComparison.Ordinal);

        Assert.Equal(["  No findings."], Lines[(smart + 1)..broken].Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("  GDPR Art. 28:", StringComparison.Ordinal)));
        Assert.Equal("  Not a valid agreement: line 3, at $.document: Expected an object.", Lines[broken + 1]);
    }

    [Fact]
    public void SuppressedFinding_IsListedApartWithItsJustification()
    {
        var line = Array.FindIndex(Lines, l => l.Contains("DPA4901", StringComparison.Ordinal));
        Assert.Equal("  Suppressed", Lines[line - 1]);
        Assert.Equal("    DPA4901  Finding of DPA4901 at '$.subProcessing.subProcessors[0].locations[0]'", Lines[line]);

        // SmartDC's locations come from App.1 §3 (Rotterdam, Heerlen) and App.3 §6.1 (the two data centres).
        Assert.StartsWith("             $.subProcessing.subProcessors[0].locations[0] (clauses App.1 §3, App.3 §6.1), line ", Lines[line + 1], StringComparison.Ordinal);
        Assert.Equal("             suppressed: " + ReportFixture.Justification + "; approved by DPO; until 2027-06-30", Lines[line + 2]);
    }

    [Fact]
    public void SummaryLine_CountsActiveFindingsAndSuppressedSeparately()
    {
        Assert.Equal("3 files: 1 error, 1 warning, 1 info, 1 suppressed; 1 file not loaded.", Lines[^1]);
        Assert.Equal(string.Empty, Lines[^2]);
    }

    [Fact]
    public void Art28Summary_NamesTheGapsWithTheirTitlesAndRules_AndTheUncheckedElements()
    {
        // DPA8901 (error, 28(3)(h)) and DPA7901 (warning, 28(3)(f)) are active; DPA4901 (28(4)) is suppressed; DPA6901 (28(3)(c))
        // and DPA4004 (28(2)) ran without findings.
        var heading = Array.IndexOf(Lines, "  GDPR Art. 28: 4 of 16 elements covered");
        Assert.Equal("    Gaps:", Lines[heading + 1]);
        Assert.Equal("      GDPR Art. 28(3)(f): Assistance with Arts. 32–36 (security, breach notification, DPIA, prior consultation) (DPA7901)", Lines[heading + 2]);
        Assert.Equal("      GDPR Art. 28(3)(h): All information necessary to demonstrate compliance; audits, including inspections, by the controller or a mandated auditor (DPA8901)", Lines[heading + 3]);
        Assert.Equal("    Not checked:", Lines[heading + 4]);
        Assert.Equal("      GDPR Art. 28(3), first subparagraph: Subject-matter and duration of the processing", Lines[heading + 5]);
        var block = Lines[heading..Array.IndexOf(Lines, ReportFixture.SmartProductionFile)];
        Assert.DoesNotContain(block, l => l.Contains("28(4)", StringComparison.Ordinal) || l.Contains("28(3)-", StringComparison.Ordinal));
    }

    [Fact]
    public void Dutch_TranslatesHeadingsSourcesSummaryAndTheChecklist()
    {
        var dutch = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Text, ReportWriterOptions.Default with { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL") });
        var lines = dutch.TrimEnd('\n').Split('\n');

        Assert.Equal("3 bestanden: 1 fout, 1 waarschuwing, 1 info, 1 onderdrukt; 1 bestand niet geladen.", lines[^1]);
        Assert.Contains("  Fouten", lines);
        Assert.Contains("  Waarschuwingen", lines);
        Assert.Contains("  Ter informatie", lines);
        Assert.Contains("  Onderdrukt", lines);
        Assert.Contains("  Geen bevindingen.", lines);
        Assert.Contains("  AVG art. 28: 4 van 16 onderdelen gedekt", lines);
        Assert.Contains("  Geen geldige overeenkomst: regel 3, bij $.document: Expected an object.", lines);
        Assert.Contains(lines, l => l.StartsWith("             $.breach.deadline (bepaling 7.1), regel ", StringComparison.Ordinal));
        Assert.Contains("      AVG art. 28(3), eerste alinea: Onderwerp en duur van de verwerking", lines);
        Assert.Contains("             onderdrukt: " + ReportFixture.Justification + "; goedgekeurd door DPO; tot 2027-06-30", lines);
        foreach (var english in new[] { "Errors", "Warnings", "Suppressed", "No findings", "elements covered", "Gaps", "Not checked", "clause", "not stated", " line ", "file" })
        {
            var leak = lines.FirstOrDefault(l => l.Contains(english, StringComparison.Ordinal) && !l.Contains("examples/", StringComparison.Ordinal) && !l.Contains("Finding of", StringComparison.Ordinal));
            Assert.True(leak is null, $"'{english}' in: {leak}");
        }
    }

    [Fact]
    public void EveryChecklistElement_HasADutchTitle() =>
        Assert.All(Dpa.Rules.Validation.Art28Checklist.Elements, element => Assert.True(ReportTexts.HasDutchTitle(element), element.Id));

    [Fact]
    public void WithoutColour_NoAnsiEscapes_WithColour_HeadingsAndIdsAreColoured()
    {
        Assert.DoesNotContain('\u001b', Text);
        var coloured = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Text, ReportWriterOptions.Default with { UseColor = true });
        Assert.Contains("  \u001b[31mErrors\u001b[0m\n    \u001b[31mDPA8901\u001b[0m  Finding", coloured, StringComparison.Ordinal);
        Assert.Contains("  \u001b[33mWarnings\u001b[0m\n    \u001b[33mDPA7901\u001b[0m  Finding", coloured, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void ShouldUseColor_OnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, bool expected) =>
        Assert.Equal(expected, ReportWriterOptions.ShouldUseColor(terminal, noColor));

    [Fact]
    public void StreamAndTextWriter_WriteTheSameUtf8()
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(ReportFixture.CreateRun(), ReportFormat.Text, stream, null);
        Assert.Equal(Text, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.NotEqual(0xEF, stream.ToArray()[0]);
    }
}
