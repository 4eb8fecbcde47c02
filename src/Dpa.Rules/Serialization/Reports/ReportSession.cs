using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>What stays the same for every file of one report: its rules, date, options and words; and how one file's result
/// becomes what every format reports about it (display path, lines, fingerprints, counts, the Art. 28 summary).</summary>
/// <remarks><para><see cref="Describe"/> may run on many threads at once (its one cache is replaced whole, atomically).</para></remarks>
internal sealed class ReportSession
{
    public const string ToolName = "dpa-rules";

    public static readonly Uri InformationUri = new("https://github.com/dpa-rules/Dpa.Rules");

    public ReportSession(IEnumerable<RuleDescriptor> rules, LocalDate asOf, ReportWriterOptions options)
    {
        var byId = new SortedDictionary<RuleId, RuleDescriptor>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            byId.TryAdd(rule.Id, rule);
        }

        Rules = [.. byId.Values];
        RuleIndex = Rules.Select((rule, i) => KeyValuePair.Create(rule.Id, i)).ToFrozenDictionary();
        AsOf = asOf;
        Options = options;
        Texts = ReportTexts.For(options.Culture);
        Art28RuleIds = [.. Art28Checklist.Elements.Select(element => Rules.Where(element.Includes).Select(rule => rule.Id).ToImmutableArray())];
    }

    /// <summary>Gets every rule of the run, in id order.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Gets the index of each rule in <see cref="Rules"/> (SARIF <c>ruleIndex</c>).</summary>
    public FrozenDictionary<RuleId, int> RuleIndex { get; }

    public LocalDate AsOf { get; }

    public ReportWriterOptions Options { get; }

    public ReportTexts Texts { get; }

    /// <summary>Gets, per element of <see cref="Art28Checklist.Elements"/>, the rules of the run that check it.</summary>
    public ImmutableArray<ImmutableArray<RuleId>> Art28RuleIds { get; }

    public static string SeverityName(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "none",
    };

    public static string CoverageName(Art28Coverage coverage) => coverage switch
    {
        Art28Coverage.Covered => "covered",
        Art28Coverage.Gap => "gap",
        Art28Coverage.NotApplicable => "notApplicable",
        _ => "notChecked",
    };

    /// <summary>The fingerprint recipe (docs/report-format.md): SHA-256 over rule id, file, model path and the occurrence
    /// number of that triple, each followed by a line feed — never lines or message text, which change without the finding changing.</summary>
    /// <returns>The hash's 64 lowercase hexadecimal digits.</returns>
    public static string Fingerprint(Finding finding, string file, int ordinal)
    {
        Span<char> hex = stackalloc char[FingerprintLength];
        Fingerprint(finding, file, ordinal, hex);
        return hex.ToString();
    }

    /// <summary>The number of characters of a fingerprint.</summary>
    public const int FingerprintLength = 2 * SHA256.HashSizeInBytes;

    /// <summary>Writes the fingerprint of <see cref="Fingerprint(Finding, string, int)"/> into <paramref name="hex"/>
    /// (<see cref="FingerprintLength"/> characters), so that a report writes it without making a string.</summary>
    public static void Fingerprint(Finding finding, string file, int ordinal, Span<char> hex)
    {
        Span<char> number = stackalloc char[11];
        ordinal.TryFormat(number, out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        var id = finding.RuleId.ToString();
        ReadOnlySpan<string> parts = [id, file, finding.Path];
        var length = Encoding.UTF8.GetMaxByteCount(id.Length + file.Length + finding.Path.Length + digits) + 4;
        byte[]? rented = null;
        Span<byte> text = length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = 0;
        foreach (var part in parts)
        {
            written += Encoding.UTF8.GetBytes(part, text[written..]);
            text[written++] = (byte)'\n';
        }

        written += Encoding.UTF8.GetBytes(number[..digits], text[written..]);
        text[written++] = (byte)'\n';
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text[..written], hash);
        Convert.TryToHexStringLower(hash, hex, out _);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Files validated with one plan share its rule array: the checklist's members are computed once per array, not per file.
    private Art28Cache? _art28;

    private ImmutableArray<ImmutableArray<RuleId>> Art28Members(ImmutableArray<RuleDescriptor> rules)
    {
        var array = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(rules);
        if (Volatile.Read(ref _art28) is { } cached && ReferenceEquals(cached.Rules, array))
        {
            return cached.Members;
        }

        var members = Art28Checklist.Members(rules);
        Volatile.Write(ref _art28, new Art28Cache(array, members));
        return members;
    }

    private sealed record Art28Cache(RuleDescriptor[]? Rules, ImmutableArray<ImmutableArray<RuleId>> Members);

    /// <summary>Computes what the formats report about one file.</summary>
    public FileSection Describe(AgreementResult result)
    {
        var file = ReportPaths.ToDisplayPath(result.FilePath, Options.BaseDirectory);
        if (!result.Findings.IsEmpty)
        {
            result.Lines.Prefetch(result.Findings.Select(finding => finding.Path));
        }

        var occurrences = new Dictionary<(RuleId, string), int>();
        var findings = ImmutableArray.CreateBuilder<FindingContent>(result.Findings.Length);
        var counts = default(Counts);
        foreach (var finding in result.Findings)
        {
            var key = (finding.RuleId, finding.Path);
            occurrences.TryGetValue(key, out var ordinal);
            occurrences[key] = ordinal + 1;
            findings.Add(new FindingContent(finding, result.Lines.GetLine(finding.Path), result.Lines.GetColumn(finding.Path), ordinal));
            counts = counts.Add(finding);
        }

        var art28 = result.Agreement is { } agreement
            ? Art28Checklist.Evaluate(agreement, result.Findings, Art28Members(result.Rules.IsEmpty ? Rules : result.Rules))
            : default;
        return new FileSection(result, file, findings.MoveToImmutable(), art28, counts);
    }
}
