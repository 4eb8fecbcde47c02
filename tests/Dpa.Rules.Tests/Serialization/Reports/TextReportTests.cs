using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

public sealed class TextReportTests
{
    private static readonly string Text = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Text, ReportWriterOptions.Default);
    private static readonly string[] Lines = Text.TrimEnd('\n').Split('\n');

    [Fact]
    public void Findings_AreGroupedUnderTheirFile()
    {
        var planning = Array.IndexOf(Lines, ReportFixture.PlanningFile);
        var smart = Array.IndexOf(Lines, ReportFixture.SmartProductionFile);
        var broken = Array.IndexOf(Lines, "examples/broken.json");
        Assert.True(planning == 0 && planning < smart && smart < broken, Text);

        var planningLines = Lines[(planning + 1)..smart];
        Assert.Contains("  error   DPA8901 $.audits (no clause cited): Finding of DPA8901 at '$.audits'", planningLines);
        // examples/000-planning-nl.json cites its facts: the breach deadline comes from clause 7.1 ("binnen 24 uur"); the audits
        // section cites its members, not itself, so a finding on the section as a whole has no clause.
        Assert.Contains("  warning DPA7901 $.breach.deadline (clause 7.1): Finding of DPA7901 at '$.breach.deadline'", planningLines);
        Assert.Contains("  info    DPA1901 $.subProcessing.objectionRight (not stated): Finding of DPA1901 at '$.subProcessing.objectionRight'", planningLines);
        Assert.Equal(["  no findings"], Lines[(smart + 1)..broken].Where(l => !l.StartsWith("  Art. 28:", StringComparison.Ordinal)));
        Assert.StartsWith("  load error at $.document (line 3): ", Lines[broken + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void SuppressedFinding_IsMarkedWithItsJustification()
    {
        var line = Assert.Single(Lines, l => l.Contains("DPA4901", StringComparison.Ordinal));
        Assert.Equal(
            // SmartDC's locations come from App.1 §3 (Rotterdam, Heerlen) and App.3 §6.1 (the two data centres).
            "  error   DPA4901 $.subProcessing.subProcessors[0].locations[0] (clauses App.1 §3, App.3 §6.1): Finding of DPA4901 at '$.subProcessing.subProcessors[0].locations[0]'"
            + " [suppressed: " + ReportFixture.Justification + "; approved by DPO; until 2027-06-30]",
            line);
    }

    [Fact]
    public void SummaryLine_CountsActiveFindingsAndSuppressedSeparately()
    {
        Assert.Equal("3 files: 1 error, 1 warning, 1 info, 1 suppressed; 1 file not loaded.", Lines[^1]);
    }

    [Fact]
    public void Art28Line_NamesGapsAndUncheckedElements()
    {
        // DPA8901 (error, 28(3)(h)) and DPA7901 (warning, 28(3)(f)) are active; DPA4901 (28(4)) is suppressed; DPA6901 (28(3)(c))
        // and DPA4004 (28(2)) ran without findings.
        var art28 = Lines.First(l => l.StartsWith("  Art. 28:", StringComparison.Ordinal));
        Assert.StartsWith("  Art. 28: 4 of 16 elements covered; gaps: 28(3)(f), 28(3)(h); not checked: 28(3)-subject-matter-duration, ", art28, StringComparison.Ordinal);
        Assert.DoesNotContain("28(4)", art28, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutColour_NoAnsiEscapes_WithColour_SeveritiesAreColoured()
    {
        Assert.DoesNotContain('\u001b', Text);
        var coloured = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Text, ReportWriterOptions.Default with { UseColor = true });
        Assert.Contains("\u001b[31merror  \u001b[0m DPA8901", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[33mwarning\u001b[0m DPA7901", coloured, StringComparison.Ordinal);
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
