using System.Globalization;
using System.Text.RegularExpressions;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>The HTML report's structure: one self-contained page (nothing fetched), findings grouped by Art. 28 element with
/// their clauses and linked legal references, the coverage as a picture and the deadlines as SVG timelines.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly string Html = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Html);

    [Fact]
    public void Page_IsOneDocument_WithBalancedSectionsAndPictures()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", Html, StringComparison.Ordinal);
        foreach (var tag in (string[])["section", "svg", "table", "ul", "details", "div", "li", "h2", "h3", "h4"])
        {
            Assert.True(Regex.Count(Html, $"<{tag}[ >]") == Regex.Count(Html, $"</{tag}>"), $"<{tag}> is not balanced.");
        }

        Assert.Equal(4, Regex.Count(Html, "<section[ >]")); // three files and the summary
    }

    [Fact]
    public void Page_IsSelfContained_NoScriptNoNetwork()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_AreGroupedByArt28Element_WithClauseAndLinkedLegalReferences()
    {
        // DPA8901 cites Art. 28(3)(h): it is under that element's heading, which shows a gap.
        var audit = Element("GDPR Art. 28(3)(h)");
        Assert.Contains("<span class=\"status\">gap</span>", audit, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/rules/DPA8901\"", audit, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28\">GDPR Art. 28(3)(h)</a>", audit, StringComparison.Ordinal);
        Assert.Contains("<code>$.audits</code> (no clause cited), line ", audit, StringComparison.Ordinal);

        // The breach deadline comes from clause 7.1 of examples/000-planning-nl.json.
        var breach = Element("GDPR Art. 28(3)(f)");
        Assert.Contains("<code>$.breach.deadline</code> (clause 7.1), line ", breach, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_33\">GDPR Art. 33(2)</a>", breach, StringComparison.Ordinal);

        // The suppressed finding keeps its justification.
        Assert.Contains(ReportFixture.Justification, Section(ReportFixture.PlanningFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_IsAPictureOfSixteenTiles_PerLoadedFile()
    {
        var pictures = Regex.Matches(Html, "<svg class=\"coverage\"[^>]*>(.*?)</svg>", RegexOptions.Singleline);
        Assert.Equal(2, pictures.Count);
        Assert.All(pictures, picture => Assert.Equal(16, Regex.Count(picture.Groups[1].Value, "<rect ")));
        Assert.Contains("#c62828", pictures[0].Groups[1].Value, StringComparison.Ordinal); // a gap is red
    }

    [Fact]
    public void Deadlines_AreSvgTimelines()
    {
        var planning = Section(ReportFixture.PlanningFile);
        Assert.Contains("<h3>Retention schedule</h3>", planning, StringComparison.Ordinal);
        Assert.Contains("<h3>Breach notification chain</h3>", planning, StringComparison.Ordinal);
        var timelines = Regex.Matches(planning, "<svg class=\"timeline\"[^>]*>(.*?)</svg>", RegexOptions.Singleline);
        Assert.Equal(2, timelines.Count);
        Assert.All(timelines, timeline => Assert.Matches("<rect x=\"4\" y=\"\\d+\" width=\"\\d+(\\.\\d)?\"", timeline.Groups[1].Value));

        // The controller's 72 hours run from awareness at 09:00 on the report's date.
        Assert.Contains("If the processor became aware of a personal data breach on Wednesday 25 November 2026 09:00", planning, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_LinksEveryFile_AndNamesTheOneThatDoesNotLoad()
    {
        var summary = Html[Html.IndexOf("<section id=\"summary\"", StringComparison.Ordinal)..];
        foreach (var file in (string[])[ReportFixture.PlanningFile, ReportFixture.SmartProductionFile, "examples/broken.json"])
        {
            var anchor = HtmlReportWriter.Anchor(file);
            Assert.Contains($"<a href=\"#{anchor}\">{file}</a>", summary, StringComparison.Ordinal);
            Assert.Contains($"<section class=\"file\" id=\"{anchor}\">", Html, StringComparison.Ordinal);
        }

        Assert.Contains("<td colspan=\"5\" class=\"problem\">Not a valid agreement</td>", summary, StringComparison.Ordinal);
        Assert.Contains("Not a valid agreement: line 3, at $.document: Expected an object.", Section("examples/broken.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void TextFromTheAgreement_IsEncoded()
    {
        Assert.Equal("&lt;script&gt;x&amp;y &quot;z&quot; a b", HtmlReportWriter.Encode("<script>x&y \"z\" a\u0007b"));
        Assert.Matches("^file-[0-9a-f]{16}$", HtmlReportWriter.Anchor("a b/<c>.json"));
    }

    [Fact]
    public void Dutch_TranslatesHeadingsAndPictures()
    {
        var dutch = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Html, ReportWriterOptions.Default with { Culture = CultureInfo.GetCultureInfo("nl-NL") });
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains("<title>Verwerkersovereenkomsten: toets aan artikel 28 AVG</title>", dutch, StringComparison.Ordinal);
        Assert.Contains("<h2>Samenvatting</h2>", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("Retention schedule", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("Summary", dutch, StringComparison.Ordinal);
    }

    private static string Section(string file)
    {
        var start = Html.IndexOf($"<section class=\"file\" id=\"{HtmlReportWriter.Anchor(file)}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, file);
        return Html[start..Html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Element(string citation)
    {
        var planning = Section(ReportFixture.PlanningFile);
        var start = planning.IndexOf("<h4>" + citation + " — ", StringComparison.Ordinal);
        Assert.True(start >= 0, citation);
        return planning[start..planning.IndexOf("</ul>\n</div>", start, StringComparison.Ordinal)];
    }
}
