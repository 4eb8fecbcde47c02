using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Text;
using static Dpa.Rules.Serialization.Reports.HtmlReportWriter;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>The pictures of the HTML report, as inline SVG: the Art. 28 coverage, the retention schedule and the breach
/// notification chain; and the page's style.</summary>
internal static class HtmlPictures
{
    public const string Style = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; margin: 0 auto; max-width: 960px; padding: 0 1.2em 2em; }
        main { display: flex; flex-direction: column; }
        #summary { order: -1; }
        h1 { font-size: 1.6em; margin: 1em 0 .2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 1.8em; word-break: break-all; }
        h3 { margin: 1.2em 0 .4em; } h4 { margin: .8em 0 .3em; font-size: 1em; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1em; top: 1em; background: #fff; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3em .5em; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
        td:nth-child(n+2):nth-child(-n+5) { text-align: right; }
        .counts { color: #555; } .problem { color: #b71c1c; font-weight: 600; } .clean { color: #2e7d32; }
        .element { border-left: 4px solid #bbb; padding: .1em 0 .1em .8em; margin: .6em 0; }
        .element.gap { border-color: #c62828; } .element.covered { border-color: #2e7d32; } .element.notApplicable, .element.notChecked { border-color: #9e9e9e; }
        .status { font-weight: normal; font-size: .85em; color: #555; border: 1px solid #ccc; border-radius: 3px; padding: 0 .3em; }
        ul { padding-left: 1.2em; } li.finding { margin: .35em 0; }
        .badge { display: inline-block; min-width: 5.5em; font-size: .8em; font-weight: 600; text-transform: uppercase; }
        .error .badge { color: #c62828; } .warning .badge { color: #a15c00; } .info .badge { color: #1565c0; } .suppressed { color: #777; }
        .where, .legal, .why { font-size: .88em; color: #444; } code { font-size: .95em; } .again { color: #777; }
        a.rule { font-family: ui-monospace, Menlo, Consolas, monospace; }
        svg { max-width: 100%; height: auto; } svg text { font: 12px system-ui, sans-serif; fill: #1d1d1f; } svg .light { fill: #fff; }
        details { font-size: .88em; margin: .2em 0; } footer { margin-top: 3em; color: #777; font-size: .85em; }

        """;

    private const int Width = 720;

    // Day and month names of the report's two languages, not the culture's data: in globalization-invariant mode (common in
    // containers) the culture "nl" has no Dutch names, and the page must read the same there.
    private static readonly string[] DutchDays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Writes <paramref name="date"/> for people, as "zaterdag 1 november 2025" or "Saturday 1 November 2025".</summary>
    public static string Day(LocalDate date, CultureInfo culture)
    {
        var dutch = ReferenceEquals(ReportTexts.For(culture), ReportTexts.Dutch);
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var day = (dutch ? DutchDays : EnglishDays)[(int)iso.DayOfWeek - 1];
        var month = (dutch ? DutchMonths : EnglishMonths)[iso.Month - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{day} {iso.Day} {month} {iso.Year:D4}");
    }

    private static string Moment(ZonedDateTime moment, CultureInfo culture) =>
        Day(moment.Date, culture) + " " + LocalTimePattern.Create("HH':'mm", CultureInfo.InvariantCulture).Format(moment.TimeOfDay)
        + " (" + moment.Zone.Id + ")";

    private static string Colour(Art28Coverage coverage) => coverage switch
    {
        Art28Coverage.Covered => "#2e7d32",
        Art28Coverage.Gap => "#c62828",
        Art28Coverage.NotApplicable => "#9e9e9e",
        _ => "#eeeeee",
    };

    /// <summary>Sixteen tiles, one per element, coloured by coverage; the same as a table for readers that cannot see it.</summary>
    public static void AppendCoverage(StringBuilder html, ImmutableArray<Art28ElementStatus> statuses, ReportTexts texts, HtmlTexts words)
    {
        const int tileWidth = 172, tileHeight = 52, gap = 6, columns = 4;
        var rows = (statuses.Length + columns - 1) / columns;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"coverage\" role=\"img\" aria-label=\"{Encode(words.Coverage)}\" viewBox=\"0 0 {columns * (tileWidth + gap)} {rows * (tileHeight + gap)}\" width=\"{columns * (tileWidth + gap)}\">\n");
        for (var i = 0; i < statuses.Length; i++)
        {
            var status = statuses[i];
            var (x, y) = (i % columns * (tileWidth + gap), i / columns * (tileHeight + gap));
            var light = status.Coverage is Art28Coverage.Covered or Art28Coverage.Gap or Art28Coverage.NotApplicable ? " class=\"light\"" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<g><title>{Encode(texts.Citation(status.Element) + ": " + texts.Title(status.Element) + " (" + words.CoverageWord(status.Coverage) + ")")}</title>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{tileWidth}\" height=\"{tileHeight}\" rx=\"5\" fill=\"{Colour(status.Coverage)}\" stroke=\"#999\" stroke-width=\"{(status.Coverage == Art28Coverage.NotChecked ? 1 : 0)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{y + 21}\"{light}>{Encode(ShortLabel(status.Element, texts))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"{y + 40}\"{light}>{Encode(words.CoverageWord(status.Coverage))}</text></g>\n");
        }

        html.Append("</svg>\n<details><summary>").Append(Encode(words.Element)).Append(" / ").Append(Encode(words.Status)).Append("</summary>\n<table>\n");
        foreach (var status in statuses)
        {
            html.Append("<tr><td>").Append(Encode(texts.Citation(status.Element))).Append("</td><td>").Append(Encode(texts.Title(status.Element))).Append("</td><td>")
                .Append(Encode(words.CoverageWord(status.Coverage))).Append("</td></tr>\n");
        }

        html.Append("</table>\n</details>\n");
    }

    /// <summary>A strip of sixteen squares for the summary table.</summary>
    public static void AppendCoverageStrip(StringBuilder html, FileSummary file, ReportTexts texts, HtmlTexts words)
    {
        var count = Art28Checklist.Elements.Length;
        html.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"{Encode(words.Coverage)}\" viewBox=\"0 0 {count * 12} 14\" width=\"{count * 12}\">");
        for (var i = 0; i < count; i++)
        {
            var element = Art28Checklist.Elements[i];
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{i * 12}\" y=\"0\" width=\"10\" height=\"14\" fill=\"{Colour(file.Coverage(i))}\" stroke=\"#999\" stroke-width=\"0.5\"><title>{Encode(texts.Citation(element) + ": " + words.CoverageWord(file.Coverage(i)))}</title></rect>");
        }

        html.Append("</svg>");
    }

    /// <summary>The retention schedule from the report's date as the end of the main agreement: one bar per deadline.</summary>
    public static void AppendRetention(StringBuilder html, ProcessingAgreement agreement, LocalDate endedOn, ReportTexts texts, HtmlTexts words)
    {
        RetentionSchedule schedule;
        try
        {
            schedule = RetentionSchedule.Compute(agreement, endedOn);
        }
        catch (ArgumentOutOfRangeException)
        {
            return;
        }

        var culture = texts.Culture;
        html.Append("<h3>").Append(Encode(words.Timeline)).Append("</h3>\n<p>")
            .Append(Encode(string.Format(culture, words.IfEnded, Day(endedOn, culture), CountingConventionNames.GetName(schedule.Convention), schedule.Zone.Id))).Append("</p>\n");
        if (schedule.Deadlines.IsEmpty)
        {
            html.Append("<p>").Append(Encode(words.NothingScheduled)).Append("</p>\n");
        }
        else
        {
            var days = Math.Max(1, schedule.Deadlines.Max(d => Period.DaysBetween(endedOn, d.Deadline.LastDay)));
            var rows = schedule.Deadlines.Select(d => new Bar(
                words.DeadlineName(d),
                Math.Max(0, Period.DaysBetween(endedOn, d.Deadline.LastDay)) / (double)days,
                Day(d.Deadline.LastDay, culture) + " · " + d.Deadline.Period.ToString("G", culture))).ToList();
            AppendBars(html, words.Timeline, Day(endedOn, culture), Day(endedOn.PlusDays(days), culture), rows, "#1565c0");
            AppendSteps(html, words, schedule.Deadlines.Select(d => (words.DeadlineName(d), d.Steps)));
        }

        if (!schedule.Unscheduled.IsEmpty)
        {
            html.Append("<p>").Append(Encode(words.NotDated)).Append(":</p>\n<ul>\n");
            foreach (var note in schedule.Unscheduled)
            {
                html.Append("<li>").Append(Encode(note)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    /// <summary>The breach chain for awareness at 09:00 on the report's date in the agreement's zone.</summary>
    public static void AppendBreach(StringBuilder html, ProcessingAgreement agreement, LocalDate day, ReportTexts texts, HtmlTexts words)
    {
        var zone = agreement.Document.TimeZone;
        var awareAt = zone.AtLeniently(day.At(new LocalTime(9, 0)));
        BreachTimeline timeline;
        try
        {
            timeline = BreachTimeline.Compute(agreement, awareAt.ToInstant());
        }
        catch (ArgumentOutOfRangeException)
        {
            return;
        }

        var culture = texts.Culture;
        html.Append("<h3>").Append(Encode(words.Breach)).Append("</h3>\n<p>").Append(Encode(string.Format(culture, words.IfAware, Moment(awareAt, culture)))).Append("</p>\n");
        var hours = Math.Max((timeline.ControllerDeadline.ExpiresAt - awareAt.ToInstant()).TotalHours, timeline.ProcessorDeadline is { } p ? (p.ExpiresAt - awareAt.ToInstant()).TotalHours : 0);
        var rows = new List<Bar>();
        if (timeline.ProcessorDeadline is { } processor)
        {
            rows.Add(new Bar(words.Processor, (processor.ExpiresAt - awareAt.ToInstant()).TotalHours / hours, Moment(processor.ExpiresAtLocal, culture) + " · " + processor.Period.ToString("G", culture)));
        }
        else
        {
            rows.Add(new Bar(words.ProcessorNotStated, 0, string.Empty));
        }

        var controller = timeline.ControllerDeadline;
        rows.Add(new Bar(words.Controller, (controller.ExpiresAt - awareAt.ToInstant()).TotalHours / hours, Moment(controller.ExpiresAtLocal, culture) + " · " + BreachTimeline.ControllerPeriod.ToString("G", culture)));
        AppendBars(html, words.Breach, Moment(awareAt, culture), string.Empty, rows, "#a15c00");
        if (timeline.ControllerTimeLeft is { } left)
        {
            html.Append("<p>").Append(Encode(string.Format(culture, words.HoursLeft, PeriodText.Format((long)Math.Round(left.TotalHours), PeriodUnit.Hours, culture)))).Append("</p>\n");
        }

        AppendSteps(html, words, [(words.Breach, timeline.Steps)]);
    }

    // Each bar on its own row: its label above, the bar from the start, its end date and period below.
    private static void AppendBars(StringBuilder html, string label, string start, string end, List<Bar> bars, string colour)
    {
        const int rowHeight = 56, top = 22, left = 4;
        var height = top + bars.Count * rowHeight;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" role=\"img\" aria-label=\"{Encode(label)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top - 6}\" x2=\"{left}\" y2=\"{height}\" stroke=\"#888\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"12\">{Encode(start)}</text>");
        if (end.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 4}\" y=\"12\" text-anchor=\"end\">{Encode(end)}</text>");
        }

        html.Append('\n');
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + i * rowHeight;
            var length = Math.Max(3, bar.Fraction * (Width - left - 8));
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 6}\" y=\"{y + 12}\">{Encode(bar.Label)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + 17}\" width=\"{length:F1}\" height=\"14\" rx=\"3\" fill=\"{colour}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 6}\" y=\"{y + 46}\">{Encode(bar.Caption)}</text>\n");
        }

        html.Append("</svg>\n");
    }

    private static void AppendSteps(StringBuilder html, HtmlTexts words, IEnumerable<(string Name, ImmutableArray<string> Steps)> explained)
    {
        foreach (var (name, steps) in explained)
        {
            html.Append("<details><summary>").Append(Encode(words.Steps)).Append(": ").Append(Encode(name)).Append("</summary>\n<ol>\n");
            foreach (var step in steps)
            {
                html.Append("<li>").Append(Encode(step)).Append("</li>\n");
            }

            html.Append("</ol>\n</details>\n");
        }
    }

    private static string ShortLabel(Art28Element element, ReportTexts texts)
    {
        var dutch = ReferenceEquals(texts, ReportTexts.Dutch);
        return element.Id switch
        {
            "28(3)-subject-matter-duration" => dutch ? "28(3) onderwerp, duur" : "28(3) subject, duration",
            "28(3)-nature-purpose" => dutch ? "28(3) aard, doel" : "28(3) nature, purpose",
            "28(3)-personal-data-types" => dutch ? "28(3) soort gegevens" : "28(3) data types",
            "28(3)-data-subject-categories" => dutch ? "28(3) betrokkenen" : "28(3) data subjects",
            "28(3)-controller-obligations-rights" => dutch ? "28(3) verantwoordelijke" : "28(3) controller",
            "28(3)-last-subparagraph" => dutch ? "28(3) laatste alinea" : "28(3) last subpara.",
            var id => (dutch ? "art. " : "Art. ") + id,
        };
    }

    private readonly record struct Bar(string Label, double Fraction, string Caption);
}
