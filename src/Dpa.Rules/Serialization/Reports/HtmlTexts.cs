using Dpa.Rules.Time;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>The words of the HTML report beyond those it shares with the text report (<see cref="ReportTexts"/>), in English
/// and Dutch.</summary>
internal sealed record HtmlTexts(
    string Title,
    string AsOf,
    string Summary,
    string Files,
    string File,
    string Coverage,
    string Findings,
    string ByElement,
    string OtherFindings,
    string AlsoUnder,
    string Rule,
    string LegalBasis,
    string Where,
    string Timeline,
    string IfEnded,
    string NothingScheduled,
    string NotDated,
    string Breach,
    string IfAware,
    string Processor,
    string ProcessorNotStated,
    string Controller,
    string HoursLeft,
    string Steps,
    string Covered,
    string Gap,
    string NotApplicable,
    string NotChecked,
    string Element,
    string Status,
    string SkipToSummary)
{
    public static readonly HtmlTexts English = new(
        Title: "Data processing agreements: GDPR Art. 28 review",
        AsOf: "Judged as of {0}",
        Summary: "Summary",
        Files: "Agreements",
        File: "Agreement",
        Coverage: "GDPR Art. 28 coverage",
        Findings: "Findings",
        ByElement: "Findings by element of GDPR Art. 28",
        OtherFindings: "Other findings (outside the Art. 28 checklist)",
        AlsoUnder: "also under {0}",
        Rule: "rule",
        LegalBasis: "Legal basis",
        Where: "Where",
        Timeline: "Retention schedule",
        IfEnded: "If the main agreement ended on {0}: every end-of-life deadline it implies, counted under '{1}' in {2}.",
        NothingScheduled: "The agreement states no end-of-life period that runs from the end date.",
        NotDated: "Not dated from the end date",
        Breach: "Breach notification chain",
        IfAware: "If the processor became aware of a personal data breach on {0}:",
        Processor: "Processor notifies the controller",
        ProcessorNotStated: "Processor's deadline not stated (\"without undue delay\", GDPR Art. 33(2))",
        Controller: "Controller notifies the supervisory authority (GDPR Art. 33(1), 72 hours)",
        HoursLeft: "{0} left to the controller",
        Steps: "How it was counted",
        Covered: "covered",
        Gap: "gap",
        NotApplicable: "not applicable",
        NotChecked: "not checked",
        Element: "Element",
        Status: "Status",
        SkipToSummary: "Skip to the summary");

    public static readonly HtmlTexts Dutch = new(
        Title: "Verwerkersovereenkomsten: toets aan artikel 28 AVG",
        AsOf: "Beoordeeld per {0}",
        Summary: "Samenvatting",
        Files: "Overeenkomsten",
        File: "Overeenkomst",
        Coverage: "Dekking van artikel 28 AVG",
        Findings: "Bevindingen",
        ByElement: "Bevindingen per onderdeel van artikel 28 AVG",
        OtherFindings: "Overige bevindingen (buiten de controlelijst van artikel 28)",
        AlsoUnder: "ook bij {0}",
        Rule: "regel",
        LegalBasis: "Juridische grondslag",
        Where: "Waar",
        Timeline: "Bewaarschema",
        IfEnded: "Als de hoofdovereenkomst eindigde op {0}: elke termijn die daaruit volgt, geteld volgens '{1}' in {2}.",
        NothingScheduled: "De overeenkomst noemt geen termijn die loopt vanaf de einddatum.",
        NotDated: "Niet te dateren vanaf de einddatum",
        Breach: "Meldketen bij een datalek",
        IfAware: "Als de verwerker op {0} kennis kreeg van een inbreuk in verband met persoonsgegevens:",
        Processor: "Verwerker meldt aan de verwerkingsverantwoordelijke",
        ProcessorNotStated: "Termijn van de verwerker niet vermeld (\"zonder onredelijke vertraging\", artikel 33, lid 2, AVG)",
        Controller: "Verwerkingsverantwoordelijke meldt aan de toezichthouder (artikel 33, lid 1, AVG, 72 uur)",
        HoursLeft: "{0} over voor de verwerkingsverantwoordelijke",
        Steps: "Hoe is geteld",
        Covered: "gedekt",
        Gap: "leemte",
        NotApplicable: "niet van toepassing",
        NotChecked: "niet gecontroleerd",
        Element: "Onderdeel",
        Status: "Status",
        SkipToSummary: "Naar de samenvatting");

    public static HtmlTexts For(ReportTexts texts) => ReferenceEquals(texts, ReportTexts.Dutch) ? Dutch : English;

    public string CoverageWord(Art28Coverage coverage) => coverage switch
    {
        Art28Coverage.Covered => Covered,
        Art28Coverage.Gap => Gap,
        Art28Coverage.NotApplicable => NotApplicable,
        _ => NotChecked,
    };

    /// <summary>A deadline of the schedule for people, in place of its identifier (<c>backup-purge</c>).</summary>
    public string DeadlineName(ScheduledDeadline deadline)
    {
        var dutch = ReferenceEquals(this, Dutch);
        return deadline.Kind switch
        {
            ScheduledDeadlineKind.ReturnWindow => dutch ? "Teruggave mogelijk tot" : "Return possible until",
            ScheduledDeadlineKind.Deletion => dutch ? "Persoonsgegevens verwijderd" : "Personal data deleted",
            ScheduledDeadlineKind.BackupPurge => dutch ? "Back-ups gewist" : "Backups purged",
            ScheduledDeadlineKind.BackupRetention => dutch ? "Laatste back-up verlopen" : "Last backup expired",
            ScheduledDeadlineKind.BackupTierRetention => (dutch ? "Back-upreeks " : "Backup tier ") + TierNumber(deadline.Name) + (dutch ? " verlopen" : " expired"),
            _ => dutch ? "Datalekregister mag weg" : "Breach records may be destroyed",
        };
    }

    // "backup-tier-0-retention": tiers are numbered from 1 for people.
    private static string TierNumber(string name) =>
        int.TryParse(name.AsSpan("backup-tier-".Length, name.Length - "backup-tier-".Length - "-retention".Length), out var tier)
            ? (tier + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;
}
