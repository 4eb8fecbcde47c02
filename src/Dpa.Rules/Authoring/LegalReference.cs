using System.Text;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Authoring;

/// <summary>A structured reference to the legal text a rule rests on, such as GDPR Art. 28(3)(h).</summary>
/// <remarks><para>Built through the factory methods so that every reference to one instrument is spelled and linked the same way.</para></remarks>
public sealed record LegalReference
{
    private LegalReference(string instrument, string article, string? paragraph, string? point, Uri uri)
    {
        Instrument = instrument;
        Article = article;
        Paragraph = paragraph;
        Point = point;
        Uri = uri;
    }

    /// <summary>Gets the instrument, e.g. <c>GDPR</c>, <c>SCC 2021/915</c>, <c>EDPB Guidelines 07/2020</c>.</summary>
    public string Instrument { get; }

    /// <summary>Gets the article, clause or section, e.g. <c>28</c> or <c>Clause 7.6</c>.</summary>
    public string Article { get; }

    /// <summary>Gets the paragraph, e.g. <c>3</c>; <see langword="null"/> when the whole article is meant.</summary>
    public string? Paragraph { get; }

    /// <summary>Gets the point, e.g. <c>h</c>; <see langword="null"/> when the whole paragraph is meant.</summary>
    public string? Point { get; }

    /// <summary>Gets a link to the official text.</summary>
    public Uri Uri { get; }

    /// <summary>A reference to the GDPR (Regulation (EU) 2016/679).</summary>
    /// <param name="article">The article number, e.g. <c>28</c>.</param>
    /// <param name="paragraph">The paragraph, e.g. <c>3</c>.</param>
    /// <param name="point">The point, e.g. <c>h</c>.</param>
    public static LegalReference Gdpr(string article, string? paragraph = null, string? point = null) =>
        Create("GDPR", "Art. ", article, paragraph, point, new Uri($"https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_{Preconditions.CheckNotBlank(article)}"));

    /// <summary>A reference to the controller–processor standard contractual clauses, Implementing Decision (EU) 2021/915.</summary>
    /// <param name="clause">The clause, e.g. <c>7.6</c>.</param>
    /// <param name="point">The point, e.g. <c>c</c>.</param>
    public static LegalReference Scc2021915(string clause, string? point = null) =>
        Create("SCC 2021/915", "Clause ", clause, null, point, new Uri("https://eur-lex.europa.eu/eli/dec_impl/2021/915/oj"));

    /// <summary>A reference to the transfer standard contractual clauses, Implementing Decision (EU) 2021/914.</summary>
    /// <param name="clause">The clause or module.</param>
    public static LegalReference Scc2021914(string clause) =>
        Create("SCC 2021/914", "Clause ", clause, null, null, new Uri("https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj"));

    /// <summary>A reference to EDPB Guidelines 07/2020 on the concepts of controller and processor.</summary>
    /// <param name="section">The paragraph number(s) in the guidelines.</param>
    public static LegalReference EdpbGuidelines072020(string section) =>
        Create("EDPB Guidelines 07/2020", "para. ", section, null, null,
            new Uri("https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-072020-concepts-controller-and-processor-gdpr_en"));

    /// <summary>A reference to EDPB Opinion 22/2024 on processors and sub-processors.</summary>
    /// <param name="section">The paragraph number(s) in the opinion.</param>
    public static LegalReference EdpbOpinion222024(string section) =>
        Create("EDPB Opinion 22/2024", "para. ", section, null, null,
            new Uri("https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-222024-certain-obligations-following_en"));

    /// <summary>A reference to a judgment of the Court of Justice of the EU, e.g. <c>C-311/18</c> (Schrems II).</summary>
    /// <param name="caseNumber">The case number.</param>
    /// <param name="uri">A link to the judgment.</param>
    public static LegalReference Cjeu(string caseNumber, Uri uri) => Create("CJEU", "Case ", caseNumber, null, null, uri);

    /// <summary>A reference to Regulation (EEC, Euratom) No 1182/71 on periods, dates and time limits.</summary>
    /// <param name="article">The article.</param>
    /// <param name="paragraph">The paragraph.</param>
    public static LegalReference Regulation118271(string article, string? paragraph = null) =>
        Create("Regulation 1182/71", "Art. ", article, paragraph, null, new Uri("https://eur-lex.europa.eu/eli/reg/1971/1182/oj"));

    /// <summary>A reference to the Dutch Algemene termijnenwet.</summary>
    /// <param name="article">The article.</param>
    /// <param name="paragraph">The paragraph.</param>
    public static LegalReference AlgemeneTermijnenwet(string article, string? paragraph = null) =>
        Create("Algemene termijnenwet", "Art. ", article, paragraph, null, new Uri("https://wetten.overheid.nl/BWBR0002448/"));

    /// <summary>A reference to the Dutch GDPR Implementation Act (Uitvoeringswet Algemene verordening gegevensbescherming, UAVG).</summary>
    /// <param name="article">The article, e.g. <c>46</c>.</param>
    /// <param name="paragraph">The paragraph.</param>
    public static LegalReference Uavg(string article, string? paragraph = null) =>
        Create("UAVG", "Art. ", article, paragraph, null, new Uri("https://wetten.overheid.nl/BWBR0040940/"));

    private static LegalReference Create(string instrument, string prefix, string article, string? paragraph, string? point, Uri uri)
    {
        Preconditions.CheckNotBlank(article);
        return new LegalReference(instrument, prefix + article, paragraph, point, uri);
    }

    /// <summary>Returns the citation, e.g. <c>GDPR Art. 28(3)(h)</c> or <c>SCC 2021/915 Clause 7.6(c)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Instrument).Append(' ').Append(Article);
        if (Paragraph is not null)
        {
            text.Append('(').Append(Paragraph).Append(')');
        }

        if (Point is not null)
        {
            text.Append('(').Append(Point).Append(')');
        }

        return text.ToString();
    }
}
