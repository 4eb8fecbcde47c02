using System.Collections.Frozen;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>The words of the reports for people (text and HTML) in English and Dutch: headings, counts, the sources of findings
/// and the Art. 28 checklist's titles. Messages come localized from the rules; these are the words around them.</summary>
/// <remarks><para>Two languages written out here rather than in resources, like <c>PeriodText</c>: they are few, every one
/// has a Dutch twin checked by a test, and every other language falls back to English as the rule texts do.</para></remarks>
internal sealed class ReportTexts
{
    public static readonly ReportTexts English = new(
        dutch: false,
        culture: CultureInfo.InvariantCulture,
        errors: "Errors",
        warnings: "Warnings",
        infos: "Info",
        suppressed: "Suppressed",
        noFindings: "No findings.",
        notAnAgreement: "Not a valid agreement",
        cannotBeRead: "Cannot be read",
        at: "at",
        line: "line",
        column: "column",
        art28Heading: "GDPR Art. 28: {0} of {1} elements covered",
        gaps: "Gaps",
        notApplicable: "Not applicable",
        notChecked: "Not checked",
        suppressedBecause: "suppressed: {0}",
        approvedBy: "approved by {0}",
        until: "until {0}",
        notLoaded: "{0} not loaded",
        clause: "clause",
        clauses: "clauses",
        notStated: "not stated",
        noClauseCited: "no clause cited",
        file: ("file", "files"),
        error: ("error", "errors"),
        warning: ("warning", "warnings"),
        info: ("info", "info"),
        suppressedCount: "{0} suppressed");

    public static readonly ReportTexts Dutch = new(
        dutch: true,
        culture: CultureInfo.GetCultureInfo("nl"),
        errors: "Fouten",
        warnings: "Waarschuwingen",
        infos: "Ter informatie",
        suppressed: "Onderdrukt",
        noFindings: "Geen bevindingen.",
        notAnAgreement: "Geen geldige overeenkomst",
        cannotBeRead: "Kan niet worden gelezen",
        at: "bij",
        line: "regel",
        column: "kolom",
        art28Heading: "AVG art. 28: {0} van {1} onderdelen gedekt",
        gaps: "Leemten",
        notApplicable: "Niet van toepassing",
        notChecked: "Niet gecontroleerd",
        suppressedBecause: "onderdrukt: {0}",
        approvedBy: "goedgekeurd door {0}",
        until: "tot {0}",
        notLoaded: "{0} niet geladen",
        clause: "bepaling",
        clauses: "bepalingen",
        notStated: "niet vermeld",
        noClauseCited: "geen bepaling vermeld",
        file: ("bestand", "bestanden"),
        error: ("fout", "fouten"),
        warning: ("waarschuwing", "waarschuwingen"),
        info: ("info", "info"),
        suppressedCount: "{0} onderdrukt");

    // The checklist's titles in Dutch, in the words of the AVG (art. 28); the English ones are the checklist's own.
    private static readonly FrozenDictionary<string, string> DutchTitles = new Dictionary<string, string>
    {
        ["28(2)"] = "Voorafgaande specifieke of algemene schriftelijke toestemming voor subverwerkers; bij algemene toestemming melding van voorgenomen veranderingen en de gelegenheid om daartegen bezwaar te maken",
        ["28(3)-subject-matter-duration"] = "Onderwerp en duur van de verwerking",
        ["28(3)-nature-purpose"] = "Aard en doel van de verwerking",
        ["28(3)-personal-data-types"] = "Soort persoonsgegevens",
        ["28(3)-data-subject-categories"] = "Categorieën van betrokkenen",
        ["28(3)-controller-obligations-rights"] = "Rechten en verplichtingen van de verwerkingsverantwoordelijke",
        ["28(3)(a)"] = "Verwerking uitsluitend op basis van schriftelijke instructies, ook bij doorgiften; melding van een wettelijk voorschrift om te verwerken",
        ["28(3)(b)"] = "De tot verwerking gemachtigde personen hebben zich tot geheimhouding verbonden",
        ["28(3)(c)"] = "Alle uit hoofde van artikel 32 vereiste maatregelen",
        ["28(3)(d)"] = "De voorwaarden van artikel 28, leden 2 en 4, voor het in dienst nemen van een andere verwerker",
        ["28(3)(e)"] = "Bijstand bij verzoeken van betrokkenen (hoofdstuk III)",
        ["28(3)(f)"] = "Bijstand bij de artikelen 32 tot en met 36 (beveiliging, melding van inbreuken, gegevensbeschermingseffectbeoordeling, voorafgaande raadpleging)",
        ["28(3)(g)"] = "Wissen of terugbezorgen naargelang de keuze van de verwerkingsverantwoordelijke na afloop van de diensten, en verwijderen van bestaande kopieën",
        ["28(3)(h)"] = "Alle informatie die nodig is om de nakoming aan te tonen; audits, inspecties daaronder begrepen, door de verwerkingsverantwoordelijke of een gemachtigde controleur",
        ["28(3)-last-subparagraph"] = "Onmiddellijke melding aan de verwerkingsverantwoordelijke van een instructie die inbreuk maakt op het gegevensbeschermingsrecht",
        ["28(4)"] = "Dezelfde verplichtingen inzake gegevensbescherming voor subverwerkers; de verwerker blijft volledig aansprakelijk voor hen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly bool _dutch;
    private readonly (string One, string Many) _file;
    private readonly (string One, string Many) _error;
    private readonly (string One, string Many) _warning;
    private readonly (string One, string Many) _info;
    private readonly string _suppressedCount;

    private ReportTexts(
        bool dutch,
        CultureInfo culture,
        string errors,
        string warnings,
        string infos,
        string suppressed,
        string noFindings,
        string notAnAgreement,
        string cannotBeRead,
        string at,
        string line,
        string column,
        string art28Heading,
        string gaps,
        string notApplicable,
        string notChecked,
        string suppressedBecause,
        string approvedBy,
        string until,
        string notLoaded,
        string clause,
        string clauses,
        string notStated,
        string noClauseCited,
        (string, string) file,
        (string, string) error,
        (string, string) warning,
        (string, string) info,
        string suppressedCount)
    {
        _dutch = dutch;
        Culture = culture;
        Errors = errors;
        Warnings = warnings;
        Infos = infos;
        Suppressed = suppressed;
        NoFindings = noFindings;
        NotAnAgreement = notAnAgreement;
        CannotBeRead = cannotBeRead;
        At = at;
        Line = line;
        Column = column;
        Art28Heading = art28Heading;
        Gaps = gaps;
        NotApplicable = notApplicable;
        NotChecked = notChecked;
        SuppressedBecause = suppressedBecause;
        ApprovedBy = approvedBy;
        Until = until;
        NotLoaded = notLoaded;
        Clause = clause;
        Clauses = clauses;
        NotStated = notStated;
        NoClauseCited = noClauseCited;
        _file = file;
        _error = error;
        _warning = warning;
        _info = info;
        _suppressedCount = suppressedCount;
    }

    public CultureInfo Culture { get; }

    public string Errors { get; }

    public string Warnings { get; }

    public string Infos { get; }

    public string Suppressed { get; }

    public string NoFindings { get; }

    public string NotAnAgreement { get; }

    public string CannotBeRead { get; }

    public string At { get; }

    public string Line { get; }

    public string Column { get; }

    public string Art28Heading { get; }

    public string Gaps { get; }

    public string NotApplicable { get; }

    public string NotChecked { get; }

    public string SuppressedBecause { get; }

    public string ApprovedBy { get; }

    public string Until { get; }

    public string NotLoaded { get; }

    public string Clause { get; }

    public string Clauses { get; }

    public string NotStated { get; }

    public string NoClauseCited { get; }

    /// <summary>Gets the texts for <paramref name="culture"/>: Dutch for <c>nl</c> and its regions, else English.</summary>
    public static ReportTexts For(CultureInfo? culture)
    {
        var name = culture?.Name ?? string.Empty;
        return name.Equals("nl", StringComparison.OrdinalIgnoreCase) || name.StartsWith("nl-", StringComparison.OrdinalIgnoreCase) ? Dutch : English;
    }

    public string Files(int n) => Count(n, _file);

    public string SeverityCount(RuleSeverity severity, int n) => Count(n, severity switch
    {
        RuleSeverity.Error => _error,
        RuleSeverity.Warning => _warning,
        _ => _info,
    });

    public string SuppressedCount(int n) => Format(_suppressedCount, n);

    /// <summary>The heading of a group of findings.</summary>
    public string Heading(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => Errors,
        RuleSeverity.Warning => Warnings,
        _ => Infos,
    };

    /// <summary>The severity of one finding as a word: error, warning, info (Dutch fout, waarschuwing, info).</summary>
    public string SeverityWord(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => _error.One,
        RuleSeverity.Warning => _warning.One,
        _ => _info.One,
    };

    /// <summary>Where a finding's facts come from: <c>clause 7.1</c>, <c>not stated</c>, <c>no clause cited</c>, or empty for
    /// findings about no single fact (as <see cref="FindingSource.ToString"/>, in this language).</summary>
    public string Source(FindingSource source) => source.FactStated switch
    {
        false when source.Clauses.IsEmpty => NotStated,
        null when source.Clauses.IsEmpty => string.Empty,
        _ when source.Clauses.IsEmpty => NoClauseCited,
        _ => (source.Clauses.Length == 1 ? Clause : Clauses) + " " + string.Join(", ", source.Clauses),
    };

    /// <summary>The element's title in this language.</summary>
    public string Title(Art28Element element) =>
        _dutch && DutchTitles.TryGetValue(element.Id, out var title) ? title : element.Title;

    /// <summary>The element's citation in this language: <c>GDPR Art. 28(3)(h)</c>, Dutch <c>AVG art. 28(3)(h)</c>.</summary>
    public string Citation(Art28Element element) => _dutch
        ? element.Citation.Replace("GDPR Art.", "AVG art.", StringComparison.Ordinal)
            .Replace("first subparagraph", "eerste alinea", StringComparison.Ordinal)
            .Replace("last subparagraph", "laatste alinea", StringComparison.Ordinal)
        : element.Citation;

    /// <summary>Whether every element of the checklist has a Dutch title (for the tests).</summary>
    internal static bool HasDutchTitle(Art28Element element) => DutchTitles.ContainsKey(element.Id);

    public string Format(string format, object? argument) => string.Format(Culture, format, argument);

    public string Format(string format, object? first, object? second) => string.Format(Culture, format, first, second);

    private static string Count(int n, (string One, string Many) words) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? words.One : words.Many);
}
