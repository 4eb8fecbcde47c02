using System.Globalization;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Validation;

/// <summary>Bounds a report by its rules, not its input: a rule that reports more than <see cref="MaxPerRule"/> findings on one
/// agreement keeps its first <see cref="MaxPerRule"/> (in the order it reported them, which is the document's) and one more
/// finding that says how many it left out and where they start.</summary>
/// <remarks><para>Without it an agreement of 100,000 sub-processors outside the EEA gave 200,000 findings and a report of over
/// 100 MB; now the report holds at most <see cref="MaxPerRule"/> + 1 findings per rule whatever the input, while the summary
/// keeps the count, the most severe level of what it stands for (so the exit code and <see cref="ValidationReport.IsValid"/>
/// do not change) and the first left-out path. docs/validation.md "Repeated findings".</para></remarks>
internal static class RepeatedFindings
{
    /// <summary>The most findings of one rule a report lists in full, per agreement.</summary>
    public const int MaxPerRule = 100;

    /// <summary>The name of the fact that holds how many findings a summary stands for.</summary>
    public const string OmittedFact = "omittedFindings";

    /// <summary>The name of the fact that holds the path of the first finding left out.</summary>
    public const string FirstOmittedPathFact = "firstOmittedPath";

    /// <summary>Returns <paramref name="findings"/> (in reporting order) with every rule's findings beyond the first
    /// <see cref="MaxPerRule"/> replaced by one summary finding; the same array when no rule reports that many.</summary>
    public static Finding[] Fold(Finding[] findings, CultureInfo culture)
    {
        if (findings.Length <= MaxPerRule)
        {
            return findings;
        }

        var counts = new Dictionary<RuleId, int>();
        var overflowing = false;
        foreach (var finding in findings)
        {
            counts.TryGetValue(finding.RuleId, out var count);
            counts[finding.RuleId] = count + 1;
            overflowing |= count + 1 > MaxPerRule;
        }

        if (!overflowing)
        {
            return findings;
        }

        var kept = new List<Finding>(Math.Min(findings.Length, counts.Count * (MaxPerRule + 1)));
        var omitted = new Dictionary<RuleId, Omitted>();
        var seen = new Dictionary<RuleId, int>();
        foreach (var finding in findings)
        {
            seen.TryGetValue(finding.RuleId, out var index);
            seen[finding.RuleId] = index + 1;
            if (index < MaxPerRule)
            {
                kept.Add(finding);
                continue;
            }

            omitted[finding.RuleId] = omitted.TryGetValue(finding.RuleId, out var summary)
                ? summary.Add(finding)
                : new Omitted(finding, 1, finding.Severity, finding.Path);
        }

        foreach (var summary in omitted.Values)
        {
            kept.Add(summary.ToFinding(culture));
        }

        return [.. kept];
    }

    /// <summary>The left-out findings of one rule: the first, how many, the most severe level, and the path they share.</summary>
    private readonly record struct Omitted(Finding First, int Count, RuleSeverity Severity, string CommonPath)
    {
        public Omitted Add(Finding finding) => new(
            First,
            Count + 1,
            finding.Severity > Severity ? finding.Severity : Severity,
            CommonAncestor(CommonPath, finding.Path));

        public Finding ToFinding(CultureInfo culture)
        {
            var count = Count.ToString("N0", CultureInfo.InvariantCulture);
            var message = culture.TwoLetterISOLanguageName == "nl"
                ? $"Nog {count.Replace(',', '.')} bevindingen van deze regel worden niet afzonderlijk getoond; de eerste staat op {First.Path}"
                : $"{count} more findings of this rule are not listed one by one; the first is at {First.Path}";
            return new Finding(
                First.Descriptor,
                Severity,
                message,
                CommonPath,
                [new FindingFact(OmittedFact, Count.ToString(CultureInfo.InvariantCulture)), new FindingFact(FirstOmittedPathFact, First.Path)],
                First.Suppression);
        }
    }

    // The longest path both start with, ending at a whole segment: "$.a.b[3]" and "$.a.b[12]" share "$.a.b".
    private static string CommonAncestor(string left, string right)
    {
        var length = 0;
        var shared = Math.Min(left.Length, right.Length);
        for (var i = 0; i < shared && left[i] == right[i]; i++)
        {
            var next = i + 1;
            var endsSegment = (next == left.Length || left[next] is '.' or '[') && (next == right.Length || right[next] is '.' or '[');
            if (endsSegment)
            {
                length = next;
            }
        }

        return length == 0 ? "$" : left[..length];
    }
}
